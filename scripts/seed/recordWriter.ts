import type { z } from 'zod';
import { createNoteInputSchema, addAddendumInputSchema, reviewNoteInputSchema } from '../../electron/api/caseNotes/caseNotesSchemas';
import { createNote, signNote } from '../../electron/services/caseNotes/noteDrafts';
import { addAddendum, reviewNote } from '../../electron/services/caseNotes/signedNotes';
import { addLedgerEntry, logServiceHours, recordAttendance } from '../../electron/services/compliance/complianceEntries';
import { addLedgerEntryInputSchema, logServiceHoursInputSchema, recordAttendanceInputSchema } from '../../electron/api/compliance/complianceSchemas';
import type { ServiceContext } from '../../electron/services/context';
import { createDrugTest, recordLabResult } from '../../electron/services/drugTests/drugTests';
import { createDrugTestInputSchema, recordLabResultInputSchema } from '../../electron/api/drugTests/drugTestsSchemas';
import { createReferral, setReferralStatus, updateReferral } from '../../electron/services/referrals/referrals';
import { createReferralInputSchema, setReferralStatusInputSchema, updateReferralInputSchema } from '../../electron/api/referrals/referralsSchemas';
import { addGoal, updateGoal } from '../../electron/services/supervisionPlan/planGoals';
import { addGoalInputSchema, updateGoalInputSchema } from '../../electron/api/supervisionPlan/supervisionPlanSchemas';
import { createViolation, respondToViolation, setViolationStatus } from '../../electron/services/violations/violations';
import { createViolationInputSchema, respondInputSchema, setViolationStatusInputSchema } from '../../electron/api/violations/violationsSchemas';
import type { RecordEvent, Ref } from './recordEvents';

/** How the most numerous entries reach the database: through their services, or in bulk for scale runs (bulkRecord.ts). */
export interface EntryWriter {
  note(ctx: ServiceContext, input: z.infer<typeof createNoteInputSchema>): number;
  drugTest(ctx: ServiceContext, input: z.infer<typeof createDrugTestInputSchema>): number;
  serviceHours(ctx: ServiceContext, input: z.infer<typeof logServiceHoursInputSchema>): void;
  ledger(ctx: ServiceContext, input: z.infer<typeof addLedgerEntryInputSchema>): void;
  attendance(ctx: ServiceContext, input: z.infer<typeof recordAttendanceInputSchema>): void;
}

export const throughServices: EntryWriter = {
  note: (ctx, input) => createNote(ctx, input).id,
  drugTest: (ctx, input) => createDrugTest(ctx, input).test.id,
  serviceHours: (ctx, input) => void logServiceHours(ctx, input),
  ledger: (ctx, input) => void addLedgerEntry(ctx, input),
  attendance: (ctx, input) => void recordAttendance(ctx, input),
};

/** One client's record as it is written: who writes it, and the ids its Refs, conditions and agencies stand for. */
export interface RecordTarget {
  clientId: number;
  officer: ServiceContext;
  /** The officer's supervisor, who reviews notes. */
  supervisor: ServiceContext;
  /** The client's condition ids, in intake order. */
  conditions: number[];
  /** The office's agency ids, in directory order. */
  agencies: number[];
  refs: Map<Ref, number>;
  writer: EntryWriter;
}

type Handlers = { [K in RecordEvent['kind']]: (event: Extract<RecordEvent, { kind: K }>, t: RecordTarget) => number | void };

const id = (t: RecordTarget, ref: Ref) => t.refs.get(ref)!;
const conditionId = (t: RecordTarget, index: number | null) => (index === null ? null : t.conditions[index]);

/** Each entry through its own service (or the writer) with the channel's input schema, so it meets the same validation as in the app. */
const HANDLERS: Handlers = {
  note: (e, t) => t.writer.note(t.officer, createNoteInputSchema.parse({ clientId: t.clientId, note: e.note, sign: e.sign })),
  signNote: (e, t) => void signNote(t.officer, id(t, e.note)),
  addendum: (e, t) => void addAddendum(t.officer, addAddendumInputSchema.parse({ noteId: id(t, e.note), text: e.text })),
  review: (e, t) => void reviewNote(t.supervisor, reviewNoteInputSchema.parse({ noteId: id(t, e.note), comment: e.comment })),
  drugTest: (e, t) => t.writer.drugTest(t.officer, createDrugTestInputSchema.parse({ clientId: t.clientId, test: { ...e.test, noteId: e.note === null ? null : id(t, e.note) } })),
  labResult: (e, t) => void recordLabResult(t.officer, recordLabResultInputSchema.parse({ drugTestId: id(t, e.test), ...e.result })),
  violation: (e, t) =>
    createViolation(
      t.officer,
      createViolationInputSchema.parse({
        clientId: t.clientId,
        violation: { ...e.violation, conditionId: conditionId(t, e.condition), noteIds: e.notes.map((ref) => id(t, ref)), drugTestIds: e.tests.map((ref) => id(t, ref)) },
      }),
    ).id,
  response: (e, t) => void respondToViolation(t.officer, respondInputSchema.parse({ violationId: id(t, e.violation), response: e.response })),
  violationStatus: (e, t) => void setViolationStatus(t.officer, setViolationStatusInputSchema.parse({ violationId: id(t, e.violation), status: e.status })),
  serviceHours: (e, t) =>
    t.writer.serviceHours(t.officer, logServiceHoursInputSchema.parse({ clientId: t.clientId, entry: { ...e.entry, conditionId: t.conditions[e.condition] } })),
  ledger: (e, t) => t.writer.ledger(t.officer, addLedgerEntryInputSchema.parse({ clientId: t.clientId, entry: { ...e.entry, conditionId: conditionId(t, e.condition) } })),
  attendance: (e, t) =>
    t.writer.attendance(t.officer, recordAttendanceInputSchema.parse({ clientId: t.clientId, entry: { ...e.entry, conditionId: conditionId(t, e.condition) } })),
  goal: (e, t) => addGoal(t.officer, addGoalInputSchema.parse({ clientId: t.clientId, goal: e.goal, note: e.note })).id,
  goalUpdate: (e, t) => void updateGoal(t.officer, updateGoalInputSchema.parse({ goalId: id(t, e.goal), goal: e.change, note: e.note })),
  referral: (e, t) => createReferral(t.officer, createReferralInputSchema.parse({ clientId: t.clientId, referral: { ...e.referral, agencyId: t.agencies[e.agency] } })).id,
  referralStatus: (e, t) => void setReferralStatus(t.officer, setReferralStatusInputSchema.parse({ referralId: id(t, e.referral), ...e.change })),
  referralOutcome: (e, t) => void updateReferral(t.officer, updateReferralInputSchema.parse({ referralId: id(t, e.referral), ...e.change })),
};

/** Writes one entry of a client's record; entries others point at keep their new id under their Ref. */
export function writeRecordEvent(event: RecordEvent, target: RecordTarget) {
  const written = (HANDLERS[event.kind] as (e: RecordEvent, t: RecordTarget) => number | void)(event, target);
  if ('ref' in event && typeof written === 'number') target.refs.set(event.ref, written);
}
