/** The compliance domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const LEDGER_KINDS = ['charge', 'payment', 'adjustment', 'waiver'] as const;
export const LEDGER_CATEGORIES = ['fees', 'restitution', 'fine', 'other'] as const;
/** Which way an adjustment moves the balance owed; amounts themselves are always positive. */
export const ADJUSTMENT_DIRECTIONS = ['increase', 'decrease'] as const;
export const ATTENDANCE = ['attended', 'absent', 'excused'] as const;
