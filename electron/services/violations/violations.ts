import { asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbTx } from '../../../db/open';
import { conditions, drugTests, violationDrugTests, violationNotes, violationResponses, violations, type ViolationResponseRow, type ViolationRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { requireOwnNote } from '../caseNotes/noteRecord';
import { changedFields } from '../record/auditedEdit';
import { readForClient, requireOwnEntry, writeForClient, writeOnEntry } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import { readSetting } from '../settings/settings';
import type {
  createViolationInputSchema,
  respondInputSchema,
  setViolationStatusInputSchema,
  updateViolationInputSchema,
  ViolationInput,
} from '../../api/violations/violationsSchemas';
import type { ViolationWithResponses } from '../../api/violations/violationsWire';

/** The office's spelling of a severity or sanction from its settings, matched without regard to case. */
function officeChoice(choices: string[], value: string, what: string, field: string): string {
  const found = choices.find((choice) => choice.toLowerCase() === value.toLowerCase());
  if (!found) throw new AppError('VALIDATION', `Choose one of the office's ${what}: ${choices.join(', ')}.`, field);
  return found;
}

/** Checks what a violation points at (its condition, notes and tests must be the client's) and settles its severity. */
function violationValues(tx: DbTx, clientId: number, violation: ViolationInput) {
  const { noteIds, drugTestIds, ...values } = violation;
  requireOwnEntry(tx, conditions, clientId, values.conditionId, "Choose one of this client's conditions, or none.", 'violation.conditionId');
  noteIds.forEach((id, index) => requireOwnNote(tx, clientId, id, `violation.noteIds.${index}`));
  drugTestIds.forEach((id, index) => requireOwnEntry(tx, drugTests, clientId, id, "Choose one of this client's drug tests.", `violation.drugTestIds.${index}`));
  const severity = officeChoice(readSetting(tx, 'enforcement').severities, values.severity, 'severities', 'violation.severity');
  return { values: { ...values, severity }, noteIds, drugTestIds };
}

function replaceLinks(tx: DbTx, violationId: number, noteIds: number[], drugTestIds: number[]) {
  tx.delete(violationNotes).where(eq(violationNotes.violationId, violationId)).run();
  tx.delete(violationDrugTests).where(eq(violationDrugTests.violationId, violationId)).run();
  if (noteIds.length)
    tx.insert(violationNotes)
      .values(noteIds.map((noteId) => ({ violationId, noteId })))
      .run();
  if (drugTestIds.length)
    tx.insert(violationDrugTests)
      .values(drugTestIds.map((drugTestId) => ({ violationId, drugTestId })))
      .run();
}

const linkDetail = (noteIds: number[], drugTestIds: number[]) => `${noteIds.length} note(s), ${drugTestIds.length} drug test(s)`;

export function createViolation(ctx: ServiceContext, input: z.infer<typeof createViolationInputSchema>): ViolationRow {
  return writeForClient(ctx, {
    clientId: input.clientId,
    action: 'violation.create',
    write: (tx, client, at) => {
      const { values, noteIds, drugTestIds } = violationValues(tx, client.id, input.violation);
      const row = tx
        .insert(violations)
        .values({ ...values, clientId: client.id, createdBy: ctx.actor.id, createdAt: at.toISOString() })
        .returning()
        .get();
      replaceLinks(tx, row.id, noteIds, drugTestIds);
      return { value: row, detail: `violation ${row.id}; ${row.severity}; ${linkDetail(noteIds, drugTestIds)}` };
    },
  });
}

const violationRef = (violationId: number) => ({ table: violations, id: violationId, what: 'violation', field: 'violationId' });

export function updateViolation(ctx: ServiceContext, input: z.infer<typeof updateViolationInputSchema>): ViolationRow {
  return writeOnEntry(ctx, violationRef(input.violationId), 'violation.update', (tx, before, at) => {
    const { values, noteIds, drugTestIds } = violationValues(tx, before.clientId, input.violation);
    const row = tx
      .update(violations)
      .set({ ...values, updatedAt: at.toISOString(), updatedBy: ctx.actor.id })
      .where(eq(violations.id, before.id))
      .returning()
      .get();
    replaceLinks(tx, row.id, noteIds, drugTestIds);
    return { value: row, detail: `violation ${row.id}; ${changedFields(before, values)}; ${linkDetail(noteIds, drugTestIds)}` };
  });
}

/**
 * Records what the officer did about a violation (responses are kept, never edited). A report to the court
 * refers the violation to the court; any other response marks an open violation responded.
 */
export function respondToViolation(ctx: ServiceContext, input: z.infer<typeof respondInputSchema>): ViolationResponseRow {
  return writeOnEntry(ctx, violationRef(input.violationId), 'violation.respond', (tx, violation, at) => {
    const { response } = input;
    if (response.responseDate < violation.violationDate) {
      throw new AppError('VALIDATION', `The response cannot be dated before the violation (${violation.violationDate}).`, 'response.responseDate');
    }
    const sanction = response.sanction === null ? null : officeChoice(readSetting(tx, 'enforcement').sanctions, response.sanction, 'graduated sanctions', 'response.sanction');
    const row = tx
      .insert(violationResponses)
      .values({ ...response, sanction, violationId: violation.id, clientId: violation.clientId, respondedBy: ctx.actor.id, createdAt: at.toISOString() })
      .returning()
      .get();
    const status = response.responseType === 'violation_report_to_court' ? 'referred_to_court' : violation.status === 'open' ? 'responded' : violation.status;
    tx.update(violations).set({ status, updatedAt: at.toISOString(), updatedBy: ctx.actor.id }).where(eq(violations.id, violation.id)).run();
    return { value: row, detail: `violation ${violation.id}; response ${row.id}; ${row.responseType}; status ${status}` };
  });
}

export function setViolationStatus(ctx: ServiceContext, input: z.infer<typeof setViolationStatusInputSchema>): ViolationRow {
  return writeOnEntry(ctx, violationRef(input.violationId), 'violation.status', (tx, before, at) => {
    if (before.status === input.status) throw new AppError('CONFLICT', `The violation is already ${input.status.replaceAll('_', ' ')}.`, 'status');
    const row = tx.update(violations).set({ status: input.status, updatedAt: at.toISOString(), updatedBy: ctx.actor.id }).where(eq(violations.id, before.id)).returning().get();
    return { value: row, detail: `violation ${row.id}; ${before.status} → ${row.status}` };
  });
}

/** The client's history of violations, newest first, each with its evidence and its responses (oldest first). */
export function listViolations(ctx: ServiceContext, clientId: number): ViolationWithResponses[] {
  return readForClient(ctx, clientId, 'violations', (tx) => {
    const rows = tx.select().from(violations).where(eq(violations.clientId, clientId)).orderBy(desc(violations.violationDate), desc(violations.id)).all();
    const responses = tx.select().from(violationResponses).where(eq(violationResponses.clientId, clientId)).orderBy(asc(violationResponses.id)).all();
    const notes = tx.select().from(violationNotes).innerJoin(violations, eq(violations.id, violationNotes.violationId)).where(eq(violations.clientId, clientId)).all();
    const tests = tx.select().from(violationDrugTests).innerJoin(violations, eq(violations.id, violationDrugTests.violationId)).where(eq(violations.clientId, clientId)).all();
    return rows.map((violation) => ({
      ...violation,
      noteIds: notes.filter((n) => n.violation_notes.violationId === violation.id).map((n) => n.violation_notes.noteId),
      drugTestIds: tests.filter((t) => t.violation_drug_tests.violationId === violation.id).map((t) => t.violation_drug_tests.drugTestId),
      responses: responses.filter((r) => r.violationId === violation.id),
    }));
  });
}
