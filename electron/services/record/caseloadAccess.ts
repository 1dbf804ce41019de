import type { DbExecutor } from '../../../db/open';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import type { Actor, ServiceContext } from '../context';
import { findClientRecord } from './clientLookup';
import type { ClientRecord } from '../../api/clients/clientsWire';

/** Officers work their own caseload; supervisors and administrators may open every client. */
export const seesWholeOffice = (actor: Actor) => actor.role !== 'officer';

/**
 * The one place that decides whether the acting user may read or change a client's record: officers only
 * their assigned clients, supervisors and administrators all. Call it before the transaction: a refusal is
 * audited, and that row must outlive the error.
 */
export function requireClientAccess(ctx: ServiceContext, clientId: number, field = 'clientId'): ClientRecord {
  const client = findClientRecord(ctx.db, clientId);
  if (!client) throw new AppError('NOT_FOUND', 'This client record does not exist.', field);
  if (!seesWholeOffice(ctx.actor) && client.assignedOfficerId !== ctx.actor.id) {
    ctx.db.transaction((tx) => {
      recordAudit(tx, { action: 'client.access', entity: 'client', entityId: clientId, outcome: 'failure', detail: 'not on caseload', actor: ctx.actor, ts: ctx.clock.now() });
    });
    throw new AppError('FORBIDDEN', 'This client is not on your caseload. Ask the assigned officer or a supervisor.', field);
  }
  return client;
}

/** Every read of a client's record leaves an audit row; `part` says what was read (profile, photo). */
export function recordClientView(ctx: ServiceContext, tx: DbExecutor, clientId: number, part: string) {
  recordAudit(tx, { action: 'client.view', entity: 'client', entityId: clientId, detail: part, actor: ctx.actor, ts: ctx.clock.now() });
}
