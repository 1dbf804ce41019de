import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { conditions, drugTests, type DrugTestRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { requireOwnNote } from '../caseNotes/noteRecord';
import { readForClient, writeForClient, writeOnEntry } from '../record/auditedReadWrite';
import { markConditionStarted } from '../compliance/conditionProgress';
import type { ServiceContext } from '../context';
import type { createDrugTestInputSchema, recordLabResultInputSchema } from '../../api/drugTests/drugTestsSchemas';
import { overallResult, suggestsViolation } from '../../api/drugTests/overallResult';
import type { SavedDrugTest } from '../../api/drugTests/drugTestsWire';

/** Drug tests are evidence: recorded once, with only the lab's later result added. */

/** The row a new test is written as; the scale seeder (scripts/seed/bulkRecord.ts) inserts these same rows in bulk. */
export const newDrugTestValues = (ctx: ServiceContext, input: z.infer<typeof createDrugTestInputSchema>, at: Date): typeof drugTests.$inferInsert => ({
  ...input.test,
  clientId: input.clientId,
  overallResult: overallResult(input.test.panel),
  collectedBy: ctx.actor.id,
  createdAt: at.toISOString(),
});

export function createDrugTest(ctx: ServiceContext, input: z.infer<typeof createDrugTestInputSchema>): SavedDrugTest {
  return writeForClient(ctx, {
    clientId: input.clientId,
    action: 'drugTest.create',
    write: (tx, client, at) => {
      requireOwnNote(tx, client.id, input.test.noteId, 'test.noteId');
      const test = tx
        .insert(drugTests)
        .values(newDrugTestValues(ctx, input, at))
        .returning()
        .get();
      markConditionStarted(tx, and(eq(conditions.clientId, client.id), eq(conditions.targetUnit, 'tests_per_month')));
      return { value: { test, suggestViolation: suggestsViolation(test.overallResult) }, detail: `drug test ${test.id}; ${test.method}; ${test.overallResult}` };
    },
  });
}

export function recordLabResult(ctx: ServiceContext, input: z.infer<typeof recordLabResultInputSchema>): SavedDrugTest {
  const ref = { table: drugTests, id: input.drugTestId, what: 'drug test', field: 'drugTestId' };
  return writeOnEntry(ctx, ref, 'drugTest.labResult', (tx, before) => {
    if (!before.sentForLab) throw new AppError('CONFLICT', 'This test was not sent for lab confirmation, so it has no lab result.', 'drugTestId');
    if (before.labResult) throw new AppError('CONFLICT', `The lab result was already recorded on ${before.labResultDate}.`, 'drugTestId');
    if (input.labResultDate < before.collectedAt.slice(0, 10)) {
      throw new AppError('VALIDATION', 'The lab result cannot be dated before the sample was collected.', 'labResultDate');
    }
    const test = tx.update(drugTests).set({ labResult: input.labResult, labResultDate: input.labResultDate }).where(eq(drugTests.id, before.id)).returning().get();
    return { value: { test, suggestViolation: input.labResult === 'confirmed_positive' }, detail: `drug test ${test.id}; lab ${input.labResult}` };
  });
}

/** A client's tests, most recent collection first. */
export function listDrugTests(ctx: ServiceContext, clientId: number): DrugTestRow[] {
  return readForClient(ctx, clientId, 'drug tests', (tx) =>
    tx.select().from(drugTests).where(eq(drugTests.clientId, clientId)).orderBy(desc(drugTests.collectedAt), desc(drugTests.id)).all(),
  );
}
