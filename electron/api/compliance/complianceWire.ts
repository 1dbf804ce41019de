import { z } from 'zod';
import { conditionWire } from '../clients/clientsWire';
import { ADJUSTMENT_DIRECTIONS, ATTENDANCE, LEDGER_CATEGORIES, LEDGER_KINDS } from './complianceCodes';

/** Hours worked against a community-service condition, in whole minutes so totals stay exact. */
export const serviceHoursWire = z.object({
  id: z.number(),
  clientId: z.number(),
  conditionId: z.number(),
  serviceDate: z.string(),
  minutes: z.number(),
  agency: z.string(),
  /** Who at the placement confirmed the hours (name as on the timesheet). */
  verifiedBy: z.string(),
  notes: z.string(),
  recordedBy: z.number(),
  createdAt: z.string(),
});
export type ServiceHours = z.infer<typeof serviceHoursWire>;

/** A fee, restitution or fine entry; never edited (a mistake is put right with an adjustment). */
export const ledgerEntryWire = z.object({
  id: z.number(),
  clientId: z.number(),
  conditionId: z.number().nullable(),
  entryDate: z.string(),
  kind: z.enum(LEDGER_KINDS),
  category: z.enum(LEDGER_CATEGORIES),
  /** Always positive, in cents; for adjustments `adjustment` gives the direction. */
  amountCents: z.number(),
  adjustment: z.enum(ADJUSTMENT_DIRECTIONS).nullable(),
  reference: z.string(),
  notes: z.string(),
  recordedBy: z.number(),
  createdAt: z.string(),
});
export type LedgerEntry = z.infer<typeof ledgerEntryWire>;

export const attendanceWire = z.object({
  id: z.number(),
  clientId: z.number(),
  conditionId: z.number().nullable(),
  programmeName: z.string(),
  sessionDate: z.string(),
  attendance: z.enum(ATTENDANCE),
  notes: z.string(),
  recordedBy: z.number(),
  createdAt: z.string(),
});
export type Attendance = z.infer<typeof attendanceWire>;

/** Progress of a condition towards its target. */
export const conditionProgressWire = z.object({
  condition: conditionWire,
  /** In the condition's own unit (hours, cents, sessions, tests this month); null where the app does not count progress (days). */
  done: z.number().nullable(),
  /** 0–100, null without a target or a count. */
  percent: z.number().nullable(),
  targetReached: z.boolean(),
});
export type ConditionProgress = z.infer<typeof conditionProgressWire>;

/** The sums a ledger is read by, all in cents; adjustments is net (increases minus decreases). */
export const ledgerTotalsWire = z.object({ charged: z.number(), paid: z.number(), waived: z.number(), adjustments: z.number(), balance: z.number() });
export type LedgerTotals = z.infer<typeof ledgerTotalsWire>;

/** A client's balance owed in total and per category. */
export const ledgerBalancesWire = z.object({ total: ledgerTotalsWire, byCategory: z.array(ledgerTotalsWire.extend({ category: z.enum(LEDGER_CATEGORIES) })) });
export type LedgerBalances = z.infer<typeof ledgerBalancesWire>;

/** Everything on the compliance tab of a client's profile. */
export const complianceRecordWire = z.object({
  conditions: z.array(conditionProgressWire),
  /** Newest first. */
  serviceHours: z.array(serviceHoursWire),
  ledger: ledgerBalancesWire.extend({ entries: z.array(ledgerEntryWire) }),
  attendance: z.array(attendanceWire),
});
export type ComplianceRecord = z.infer<typeof complianceRecordWire>;
