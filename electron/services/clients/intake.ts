import { like, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { clientBackground, clients, type ClientRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { decideLevel, insertAssessment } from '../assessments/assessments';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { deleteOwnDraft } from '../intakeDrafts/intakeDrafts';
import { requireAssignableOfficer } from './assignableOfficer';
import { identityValues, insertAddress, insertAssociate, insertCondition, insertCourtCase, photoValues, replaceAliases, replaceIdentifiers } from './partRows';
import type { IntakeInput } from '../../api/clients/clientsSchemas';
import { insertStatusHistory } from './status';

/** PD-YYYY-NNNNN, numbered from 1 each calendar year; runs inside the intake's transaction, so two intakes never share a number. */
function nextCaseNumber(tx: DbExecutor, today: string): string {
  const prefix = `PD-${today.slice(0, 4)}-`;
  const last = tx
    .select({ n: sql<number | null>`max(cast(substr(${clients.caseNumber}, ${prefix.length + 1}) as integer))` })
    .from(clients)
    .where(like(clients.caseNumber, `${prefix}%`))
    .get()?.n;
  return `${prefix}${String((last ?? 0) + 1).padStart(5, '0')}`;
}

/**
 * Takes a new client in: every part of the record, the intake screening and the first status, in one
 * transaction, so an intake is either whole or not there at all.
 */
export function takeIntake(ctx: ServiceContext, input: IntakeInput): Pick<ClientRow, 'id' | 'caseNumber'> {
  const { assignment } = input;
  requireAssignableOfficer(ctx.db, assignment.officerId, 'assignment.officerId');
  // Officers see only their own caseload; handing a client to someone else is a supervisor's transfer.
  if (ctx.actor.role === 'officer' && assignment.officerId !== ctx.actor.id) {
    throw new AppError('FORBIDDEN', 'Officers take clients onto their own caseload; a supervisor can transfer the client afterwards.', 'assignment.officerId');
  }
  const decision = decideLevel(ctx.db, input.screening, 'screening');
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction((tx) => {
    const client = tx
      .insert(clients)
      .values({
        ...identityValues(input.identity),
        ...photoValues(input.photo),
        caseNumber: nextCaseNumber(tx, ctx.clock.today()),
        status: assignment.status,
        supervisionLevel: decision.chosenLevel,
        levelOverrideReason: decision.overrideReason,
        assignedOfficerId: assignment.officerId,
        supervisionStartDate: assignment.supervisionStartDate,
        safetyAlerts: input.safetyAlerts,
        createdAt: at,
        createdBy: ctx.actor.id,
      })
      .returning({ id: clients.id, caseNumber: clients.caseNumber })
      .get();
    replaceAliases(tx, client.id, input.aliases);
    replaceIdentifiers(tx, client.id, input.identifiers);
    for (const address of input.addresses) insertAddress(tx, client.id, address, at);
    for (const associate of input.associates) insertAssociate(tx, client.id, associate, at);
    const courtCaseIds = input.courtCases.map((courtCase) => insertCourtCase(tx, client.id, courtCase, at).id);
    for (const { courtCaseIndex, ...condition } of input.conditions) {
      insertCondition(tx, client.id, condition, courtCaseIndex === null ? null : courtCaseIds[courtCaseIndex], at);
    }
    tx.insert(clientBackground)
      .values({ ...input.background, clientId: client.id, updatedAt: at, updatedBy: ctx.actor.id })
      .run();
    insertAssessment(tx, ctx, client.id, 'intake', decision);
    insertStatusHistory(tx, ctx, { clientId: client.id, fromStatus: null, toStatus: assignment.status, reason: 'Intake', effectiveDate: ctx.clock.today() });
    // A draft already gone (deleted in another window) does not stop the intake.
    if (input.draftId !== null) deleteOwnDraft(ctx, tx, input.draftId);
    recordAudit(tx, {
      action: 'client.create',
      entity: 'client',
      entityId: client.id,
      detail: `${client.caseNumber}; status ${assignment.status}; level ${decision.chosenLevel}${decision.overrideReason ? ' (overridden)' : ''}; officer ${assignment.officerId}`,
      actor: ctx.actor,
      ts: now,
    });
    return client;
  });
}
