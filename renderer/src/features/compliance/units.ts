/**
 * Officers type amounts as written on a receipt (25.50); the host takes cents. Rounding drops the binary
 * fraction 25.50 × 100 may carry; a blank stays blank so the schema can ask for the amount.
 */
export const centsOf = (amount: number | null) => (amount === null ? null : Math.round(amount * 100));

/** "4.5", "1,200.25": hours to at most two decimals. */
export const formatHourCount = (hours: number) => hours.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "4.5 hours" */
export const formatHours = (hours: number) => `${formatHourCount(hours)} ${hours === 1 ? 'hour' : 'hours'}`;

/** Hours typed with a fraction (2.5) as the whole minutes the host keeps. */
export const minutesOf = (hours: number | null) => (hours === null ? null : Math.round(hours * 60));
