import type { ChannelInput } from '../../../electron/api/contract';

/** Query keys per domain; the first element is the domain, which is how a lock or sign-out clears the cache. */
export const queryKeys = {
  auth: {
    status: ['auth', 'status'] as const,
  },
  users: {
    all: ['users'] as const,
    list: ['users', 'list'] as const,
    directory: ['users', 'directory'] as const,
  },
  settings: {
    all: ['settings'] as const,
  },
  clients: {
    all: ['clients'] as const,
    caseload: (input: ChannelInput<'clients.caseload'>) => ['clients', 'caseload', input] as const,
    profile: (clientId: number) => ['clients', 'profile', clientId] as const,
    photo: (clientId: number) => ['clients', 'photo', clientId] as const,
  },
  intakeDrafts: {
    all: ['intakeDrafts'] as const,
    list: ['intakeDrafts', 'list'] as const,
    draft: (id: number) => ['intakeDrafts', 'draft', id] as const,
  },
  caseNotes: {
    all: ['caseNotes'] as const,
    list: (input: ChannelInput<'caseNotes.list'>) => ['caseNotes', 'list', input] as const,
  },
  drugTests: {
    all: ['drugTests'] as const,
    list: (clientId: number) => ['drugTests', 'list', clientId] as const,
  },
  violations: {
    all: ['violations'] as const,
    list: (clientId: number) => ['violations', 'list', clientId] as const,
  },
  search: {
    query: (input: ChannelInput<'search.query'>) => ['search', input] as const,
  },
  compliance: {
    client: (clientId: number) => ['compliance', clientId] as const,
  },
  plan: {
    client: (clientId: number) => ['plan', clientId] as const,
  },
  referrals: {
    all: ['referrals'] as const,
    client: (clientId: number) => ['referrals', clientId] as const,
  },
  agencies: {
    all: ['agencies'] as const,
    list: (includeInactive: boolean) => ['agencies', 'list', includeInactive] as const,
  },
  /** Every change to a client's record makes their timeline stale: invalidate `timeline.client(clientId)`. */
  timeline: {
    all: ['timeline'] as const,
    client: (clientId: number) => ['timeline', clientId] as const,
    list: (filters: Omit<ChannelInput<'timeline.list'>, 'after' | 'limit'>) => ['timeline', filters.clientId, filters] as const,
  },
  /** Appointments change the dashboard and contact standings too, so every schedule query shares the domain key. */
  schedule: {
    all: ['schedule'] as const,
    list: (input: ChannelInput<'appointments.list'>) => ['schedule', 'list', input] as const,
    appointment: (appointmentId: number) => ['schedule', 'appointment', appointmentId] as const,
    dashboard: (input: ChannelInput<'schedule.dashboard'>) => ['schedule', 'dashboard', input] as const,
    standing: (clientId: number) => ['schedule', 'standing', clientId] as const,
    fieldDay: (input: ChannelInput<'schedule.fieldDay'>) => ['schedule', 'fieldDay', input] as const,
  },
  courtReports: {
    all: ['courtReports'] as const,
    client: (clientId: number) => ['courtReports', 'client', clientId] as const,
    office: ['courtReports', 'office'] as const,
    report: (reportId: number) => ['courtReports', 'report', reportId] as const,
    templates: ['courtReports', 'templates'] as const,
  },
  /** Notes and reports awaiting a supervisor's review: stale after any note or report change. */
  reviews: {
    queue: ['reviews', 'queue'] as const,
  },
  audit: {
    all: ['audit'] as const,
    list: (input: ChannelInput<'audit.list'>) => ['audit', 'list', input] as const,
  },  backup: {
    all: ['backup'] as const,
    overview: ['backup', 'overview'] as const,
    progress: ['backup', 'progress'] as const,
    health: ['backup', 'health'] as const,
  },
};
