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
  audit: {
    all: ['audit'] as const,
    list: (input: ChannelInput<'audit.list'>) => ['audit', 'list', input] as const,
  },
};
