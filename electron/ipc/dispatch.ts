import { randomUUID } from 'node:crypto';
import { ZodError, type z } from 'zod';
import type { Access } from '../api/channel';
import { contract, type Channel } from '../api/contract';
import { AppError, DISK_FULL_MESSAGE, isDiskFull, type ApiError, type ApiResult } from '../api/errors';
import type { SessionManager } from '../services/auth/sessionManager';
import { withReferenceClock } from '../api/shared/fieldSchemas';
import { assessmentsHandlers } from './handlers/assessments';
import { auditHandlers } from './handlers/audit';
import { securityHandlers } from './handlers/security';
import { authHandlers } from './handlers/auth';
import { backupHandlers } from './handlers/backup';
import { caseNotesHandlers } from './handlers/caseNotes';
import { clientsHandlers } from './handlers/clients';
import { complianceHandlers } from './handlers/compliance';
import { courtReportsHandlers } from './handlers/courtReports';
import { drugTestsHandlers } from './handlers/drugTests';
import { insightsHandlers } from './handlers/insights';
import { intakeDraftsHandlers } from './handlers/intakeDrafts';
import { referralsHandlers } from './handlers/referrals';
import { reportsHandlers } from './handlers/reports';
import { scheduleHandlers } from './handlers/schedule';
import { searchHandlers } from './handlers/search';
import { settingsHandlers } from './handlers/settings';
import { supervisionPlanHandlers } from './handlers/supervisionPlan';
import { reviewHandlers } from './handlers/reviews';
import { timelineHandlers } from './handlers/timeline';
import type { ActiveSession, Handler, HandlerContext, OfficeHostControl } from './handlers/types';
import { usersHandlers } from './handlers/users';
import { violationsHandlers } from './handlers/violations';
import { officeHandlers } from './handlers/office';

const handlers: { [C in Channel]: Handler<C> } = {
  ...authHandlers,
  ...settingsHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...securityHandlers,
  ...backupHandlers,
  ...clientsHandlers,
  ...assessmentsHandlers,
  ...intakeDraftsHandlers,
  ...caseNotesHandlers,
  ...drugTestsHandlers,
  ...complianceHandlers,
  ...supervisionPlanHandlers,
  ...referralsHandlers,
  ...violationsHandlers,
  ...timelineHandlers,
  ...reviewHandlers,
  ...searchHandlers,
  ...scheduleHandlers,
  ...reportsHandlers,
  ...courtReportsHandlers,
  ...insightsHandlers,
  ...officeHandlers,
};

export type Dispatch = (channel: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  /** Where internal errors are logged with their reference; the caller never sees a stack trace. */
  logError?: (ref: string, channel: string, error: unknown) => void;
  /** Given by the office host (electron/office/) for sealing it; a standalone app has none. */
  office?: OfficeHostControl;
}

const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name);

/** Refuses a call its session may not make; for a channel open to roles, answers the session's context and keys. */
function checkAccess(access: Access, sessions: SessionManager): ActiveSession | undefined {
  if (access === 'public') return;
  if (access === 'locked') {
    const { state } = sessions.status();
    if (state !== 'locked' && state !== 'active') throw new AppError('SESSION_REQUIRED', 'You are not signed in. Sign in to continue.');
    return;
  }
  if (access === 'session') {
    sessions.requireActive({ allowPasswordChange: true });
    return;
  }
  const active = sessions.requireActive();
  const { ctx } = active;
  if (!access.includes(ctx.actor.role)) {
    throw new AppError('FORBIDDEN', `This needs the ${access.join(' or ')} role; you are signed in as ${/^[aeiou]/.test(ctx.actor.role) ? 'an' : 'a'} ${ctx.actor.role}.`);
  }
  return active;
}

/** Narrows an answer to its wire schema; an answer that does not fit is the host's fault, never the caller's. */
function narrowOutput(channel: Channel, schema: z.ZodType, value: unknown): unknown {
  const narrowed = schema.safeParse(value);
  if (narrowed.success) return narrowed.data;
  const issue = narrowed.error.issues[0];
  throw new Error(`The answer of ${channel} does not fit its wire schema at ${issue?.path.join('.') ?? '(root)'}: ${issue?.message ?? ''}`);
}

function zodToApiError(error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.');
  return { code: 'VALIDATION', message: issue?.message ?? 'The input is not valid.', ...(field ? { field } : {}) };
}

/**
 * The one IPC dispatcher, shared by the Electron host and the browser shell: unknown channel, access
 * (session, lock, role), input validation, then the handler; every failure becomes { ok: false, error }.
 */
export function createDispatcher(sessions: SessionManager, options: DispatcherOptions = {}): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      // Never String() an object here: one whose toString is not a function would throw outside the try.
      const name = typeof channel === 'string' ? channel.slice(0, 100) : Object.prototype.toString.call(channel);
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no operation called "${name}".` } };
    }
    try {
      sessions.checkIdle();
      const def = contract[channel];
      const active = checkAccess(def.access, sessions);
      // Dates that cannot be in the future are checked against the office's clock, not this computer's.
      const parsed = withReferenceClock(sessions.peekActive()?.ctx.clock ?? null, () => (def.input as z.ZodType).safeParse(input ?? {}));
      if (!parsed.success) return { ok: false, error: zodToApiError(parsed.error) };
      const handler = handlers[channel] as Handler<Channel>;
      const host = { sessions, office: options.office };
      const call = (active ? { ...host, ...active } : host) as HandlerContext;
      const value: unknown = await handler(call, parsed.data as never);
      return { ok: true, value: def.outputSchema ? narrowOutput(channel, def.outputSchema, value) : value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      if (error instanceof ZodError) return { ok: false, error: zodToApiError(error) };
      if (isDiskFull(error)) return { ok: false, error: { code: 'DISK_FULL', message: DISK_FULL_MESSAGE } };
      const ref = randomUUID().slice(0, 8);
      options.logError?.(ref, channel, error);
      return { ok: false, error: { code: 'INTERNAL', message: `Something went wrong and the action was not completed. Nothing was saved. (Reference ${ref})` } };
    }
  };
}
