/**
 * Date arithmetic on YYYY-MM-DD strings as calendar days (UTC midnight, so no time zone or DST shift enters):
 * a standing is evaluated for every client on every dashboard, where dayjs objects cost more than the reads.
 */
const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const plusDays = (date: string, days: number): string => dateOf(dayNumber(date) + days);
/** Whole days from `from` to `to` (negative when `to` comes first). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
/** 0 Sunday … 6 Saturday. */
export const weekdayOf = (date: string): number => new Date(dayNumber(date) * DAY_MS).getUTCDay();
