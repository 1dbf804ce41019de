import { z } from 'zod';
import { ADJUSTMENT_DIRECTIONS, ATTENDANCE, LEDGER_CATEGORIES, LEDGER_KINDS } from './complianceCodes';
import { optionalText, pastDate, recordId, requiredText } from '../shared/fieldSchemas';
import type { Condition } from '../clients/clientsWire';

/** Money in cents: at most ten million dollars or pounds in one entry, which catches a misplaced decimal point. */
const MAX_AMOUNT_CENTS = 1_000_000_000;

type ConditionKind = Pick<Condition, 'type' | 'targetUnit'>;

/** The conditions community-service hours count towards; the form offers these and the host refuses others. */
export const countsServiceHours = (c: ConditionKind) => c.type === 'community_service' || c.targetUnit === 'hours';

/** The conditions a ledger entry may be filed under. */
export const countsPayments = (c: ConditionKind) => c.type === 'fees' || c.type === 'restitution' || c.targetUnit === 'cents';

export const serviceHoursSchema = z.object({
  conditionId: recordId('the community-service condition'),
  serviceDate: pastDate('the date of the service'),
  /** Whole minutes (the renderer converts hours and minutes). */
  minutes: z
    .number({ error: 'Enter the time worked.' })
    .int('Enter the time worked in whole minutes.')
    .min(1, 'The time worked must be at least 1 minute.')
    .max(24 * 60, 'At most 24 hours can be logged for one day.'),
  agency: requiredText('the placement agency', 200),
  verifiedBy: optionalText('who verified the hours', 200),
  notes: optionalText('the notes', 2000),
});

export const ledgerEntrySchema = z
  .object({
    conditionId: recordId('a condition').nullable().default(null),
    entryDate: pastDate('the date of the entry'),
    kind: z.enum(LEDGER_KINDS, { error: 'Choose charge, payment, adjustment or waiver.' }),
    category: z.enum(LEDGER_CATEGORIES, { error: 'Choose fees, restitution, fine or other.' }),
    amountCents: z
      .number({ error: 'Enter the amount.' })
      .int('Enter the amount in whole cents.')
      .positive('The amount must be more than zero; choose the kind of entry for its direction.')
      .max(MAX_AMOUNT_CENTS, 'The amount is too large; check the decimal point.'),
    adjustment: z.enum(ADJUSTMENT_DIRECTIONS, { error: 'Choose whether the adjustment increases or decreases what is owed.' }).nullable().default(null),
    reference: optionalText('the reference (receipt or order number)', 100),
    notes: optionalText('the notes', 2000),
  })
  .superRefine((entry, ctx) => {
    if (entry.kind === 'adjustment' && entry.adjustment === null) {
      ctx.addIssue({ code: 'custom', path: ['adjustment'], message: 'Choose whether the adjustment increases or decreases what is owed.' });
    }
    if (entry.kind !== 'adjustment' && entry.adjustment !== null) {
      ctx.addIssue({ code: 'custom', path: ['adjustment'], message: 'Only adjustments have a direction; leave it empty.' });
    }
  });

export const attendanceSchema = z.object({
  conditionId: recordId('a condition').nullable().default(null),
  programmeName: requiredText('the program name', 200),
  sessionDate: pastDate('the session date'),
  attendance: z.enum(ATTENDANCE, { error: 'Choose attended, absent or excused.' }),
  notes: optionalText('the notes', 2000),
});

const clientId = recordId('a client');

export const logServiceHoursInputSchema = z.object({ clientId, entry: serviceHoursSchema });
export const addLedgerEntryInputSchema = z.object({ clientId, entry: ledgerEntrySchema });
export const recordAttendanceInputSchema = z.object({ clientId, entry: attendanceSchema });
