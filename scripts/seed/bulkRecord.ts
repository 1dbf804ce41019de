import { caseNotes, communityServiceHours, drugTests, ledgerEntries, programmeAttendance } from '../../db/schema';
import { newNoteValues } from '../../electron/services/caseNotes/noteDrafts';
import type { ServiceContext } from '../../electron/services/context';
import { newDrugTestValues } from '../../electron/services/drugTests/drugTests';
import type { EntryWriter } from './recordWriter';

/** The stamp complianceEntries.addEntry puts on hours, ledger entries and attendance. */
const entryStamp = (ctx: ServiceContext, clientId: number) => ({ clientId, recordedBy: ctx.actor.id, createdAt: ctx.clock.now().toISOString() });

/**
 * Scale runs (`npm run seed`) only: the most numerous entries (notes, drug tests, community-service hours,
 * ledger entries, programme attendance) are inserted with the row values their services write (newNoteValues,
 * newDrugTestValues, the compliance entry stamp) inside the replay's large transactions, where each statement is
 * prepared once (replayConnection.ts): that is what makes half a million notes take minutes instead of an hour.
 * tests/integration/seed.test.ts checks these rows are the services' rows. The full-text triggers index notes as
 * always. What is skipped is the per-call access check and audit row: the generator owns every client, and audit
 * rows for bulk-seeded history would only record the generator, not an officer's work. Every other entry
 * (signing, addenda, reviews, violations, the plan, referrals) still goes through its service.
 */
export const inBulk: EntryWriter = {
  note: (ctx, input) =>
    ctx.db
      .insert(caseNotes)
      .values(newNoteValues(ctx, input, ctx.clock.now()))
      .returning({ id: caseNotes.id })
      .get().id,
  drugTest: (ctx, input) =>
    ctx.db
      .insert(drugTests)
      .values(newDrugTestValues(ctx, input, ctx.clock.now()))
      .returning({ id: drugTests.id })
      .get().id,
  serviceHours: (ctx, input) =>
    void ctx.db
      .insert(communityServiceHours)
      .values({ ...input.entry, ...entryStamp(ctx, input.clientId) })
      .run(),
  ledger: (ctx, input) =>
    void ctx.db
      .insert(ledgerEntries)
      .values({ ...input.entry, ...entryStamp(ctx, input.clientId) })
      .run(),
  attendance: (ctx, input) =>
    void ctx.db
      .insert(programmeAttendance)
      .values({ ...input.entry, ...entryStamp(ctx, input.clientId) })
      .run(),
};
