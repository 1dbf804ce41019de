import { plusDays, weekdayOf } from './calendarDays';

const SATURDAY = 6;
const SUNDAY = 0;

/**
 * The date `days` business days (Monday to Friday) after `date`: from a Friday, 2 business days is the
 * Tuesday; from a Saturday, the Tuesday as well. Public holidays are not known to the app and count as business days.
 */
export function addBusinessDays(date: string, days: number): string {
  let day = date;
  for (let left = days; left > 0;) {
    day = plusDays(day, 1);
    const weekday = weekdayOf(day);
    if (weekday !== SATURDAY && weekday !== SUNDAY) left -= 1;
  }
  return day;
}
