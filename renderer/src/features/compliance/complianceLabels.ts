import type { ADJUSTMENT_DIRECTIONS, ATTENDANCE, LEDGER_CATEGORIES, LEDGER_KINDS } from '../../../../electron/api/compliance/complianceCodes';
import type { CONDITION_STATUSES } from '../../../../electron/api/clients/clientsCodes';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const LEDGER_KIND_LABELS: Labels<typeof LEDGER_KINDS> = { charge: 'Charge', payment: 'Payment', adjustment: 'Adjustment', waiver: 'Waiver' };

export const LEDGER_CATEGORY_LABELS: Labels<typeof LEDGER_CATEGORIES> = { fees: 'Fees', restitution: 'Restitution', fine: 'Fine', other: 'Other' };

export const ADJUSTMENT_LABELS: Labels<typeof ADJUSTMENT_DIRECTIONS> = { increase: 'Increases what is owed', decrease: 'Decreases what is owed' };

export const ATTENDANCE_LABELS: Labels<typeof ATTENDANCE> = { attended: 'Attended', absent: 'Absent', excused: 'Excused' };

export const CONDITION_STATUS_COLORS: Labels<typeof CONDITION_STATUSES> = {
  not_started: 'gray',
  in_progress: 'blue',
  complied: 'green',
  violated: 'red',
  waived: 'grape',
};
