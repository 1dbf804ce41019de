/**
 * Date arithmetic on YYYY-MM-DD strings as calendar days (UTC midnight, so no time zone or DST shift enters):
 * a standing is evaluated for every client on every dashboard, where dayjs objects cost more than the reads.
 */
const DAY_MS = 86_400_000;
/**
 * Both conversions are remembered: a team's standings convert the same few thousand dates tens of thousands of
 * times, and building Date objects for them was most of the time evaluating took.
 */
const dayNumbers = new Map<string, number>();
const datesOfDays = new Map<number, string>();
function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
    dayNumbers.set(date, day);
  }
  return day;
}
function dateOf(day: number): string {
  let date = datesOfDays.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    datesOfDays.set(day, date);
  }
  return date;
}

export const plusDays = (date: string, days: number): string => dateOf(dayNumber(date) + days);
/** Whole days from `from` to `to` (negative when `to` comes first). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
/** 0 Sunday … 6 Saturday (day 0, 1970-01-01, was a Thursday). */
export const weekdayOf = (date: string): number => (((dayNumber(date) + 4) % 7) + 7) % 7;
