import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { conditions, courtCases, type ConditionRow } from '../../../db/schema';
import type { ServiceContext } from '../context';
import { changedFields } from '../record/auditedEdit';
import { addToClient, editClientPart, requireOwnCourtCase } from './partEdits';
import { insertCondition, insertCourtCase, replaceOffences } from './partRows';
import type { CourtCaseWithOffences } from '../../api/clients/clientsWire';
import type {
  addConditionInputSchema,
  addCourtCaseInputSchema,
  setConditionStatusInputSchema,
  updateConditionInputSchema,
  updateCourtCaseInputSchema,
} from '../../api/clients/clientsSchemas';

/** Court cases with their offences, and the conditions of supervision. */

export function addCourtCase(ctx: ServiceContext, input: z.infer<typeof addCourtCaseInputSchema>): CourtCaseWithOffences {
  return addToClient(ctx, input.clientId, 'client.addCourtCase', 'court case', (tx, client, at) => insertCourtCase(tx, client.id, input.courtCase, at));
}

/** The offences are replaced as a list, as the court order gives them. */
export function updateCourtCase(ctx: ServiceContext, input: z.infer<typeof updateCourtCaseInputSchema>): CourtCaseWithOffences {
  return editClientPart(ctx, 'court case', input.courtCaseId, {
    field: 'courtCaseId',
    action: 'client.updateCourtCase',
    write: (tx) => {
      const { offences: list, ...fields } = input.courtCase;
      const before = tx.select().from(courtCases).where(eq(courtCases.id, input.courtCaseId)).get();
      const row = tx.update(courtCases).set(fields).where(eq(courtCases.id, input.courtCaseId)).returning().get();
      const saved = replaceOffences(tx, row.id, list);
      return { value: { ...row, offences: saved }, detail: `court case ${row.id}; ${changedFields(before ?? {}, fields)}; ${saved.length} offense(s)` };
    },
  });
}

export function addCondition(ctx: ServiceContext, input: z.infer<typeof addConditionInputSchema>): ConditionRow {
  const { courtCaseId, ...condition } = input.condition;
  return addToClient(ctx, input.clientId, 'client.addCondition', 'condition', (tx, client, at) => {
    requireOwnCourtCase(tx, client.id, courtCaseId, 'condition.courtCaseId');
    return insertCondition(tx, client.id, condition, courtCaseId, at);
  });
}

export function updateCondition(ctx: ServiceContext, input: z.infer<typeof updateConditionInputSchema>): ConditionRow {
  return editClientPart(ctx, 'condition', input.conditionId, {
    field: 'conditionId',
    action: 'client.updateCondition',
    write: (tx, client) => {
      requireOwnCourtCase(tx, client.id, input.condition.courtCaseId, 'condition.courtCaseId');
      const before = tx.select().from(conditions).where(eq(conditions.id, input.conditionId)).get();
      const row = tx.update(conditions).set(input.condition).where(eq(conditions.id, input.conditionId)).returning().get();
      return { value: row, detail: `condition ${row.id}; ${changedFields(before ?? {}, input.condition)}` };
    },
  });
}

export function setConditionStatus(ctx: ServiceContext, input: z.infer<typeof setConditionStatusInputSchema>): ConditionRow {
  return editClientPart(ctx, 'condition', input.conditionId, {
    field: 'conditionId',
    action: 'client.setConditionStatus',
    write: (tx) => {
      const row = tx.update(conditions).set({ status: input.status, statusChangedAt: ctx.clock.now().toISOString() }).where(eq(conditions.id, input.conditionId)).returning().get();
      return { value: row, detail: `condition ${row.id}; status ${row.status}` };
    },
  });
}
