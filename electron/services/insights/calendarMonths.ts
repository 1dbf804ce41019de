import dayjs from 'dayjs';
import { ISO_DATE_FORMAT } from '../../api/shared/fieldSchemas';

/** The date `months` calendar months before `date` (Mar 31 − 1 month is Feb 28 or 29). */
export const monthsBefore = (date: string, months: number): string => dayjs(date).subtract(months, 'month').format(ISO_DATE_FORMAT);

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Whole calendar months from one YYYY-MM-DD date to another, as dayjs's `diff(…, 'month')` counts them (Jan 31 to
 * Feb 28 is one month; negative when `to` comes first), in integer arithmetic: the opportunities list counts it for
 * every client in the office, where dayjs objects cost more than the reads.
 */
export function fullMonthsBetween(from: string, to: string): number {
  if (to < from) return -fullMonthsBetween(to, from) || 0; // 0, not -0
  const [fromYear, fromMonth, fromDay] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  const [toYear, toMonth, toDay] = [Number(to.slice(0, 4)), Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  // `from` moved on by that many months, its day cut to the end of a shorter month, must not pass `to`.
  return toDay >= Math.min(fromDay, daysInMonth(toYear, toMonth)) ? months : months - 1;
}
