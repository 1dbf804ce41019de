import dayjs from 'dayjs';
import { ISO_DATE_FORMAT } from '../shared/fieldSchemas';

const SATURDAY = 6;
const SUNDAY = 0;

/**
 * The date `days` business days (Monday to Friday) after `date`: from a Friday, 2 business days is the
 * Tuesday; from a Saturday, the Tuesday as well. Public holidays are not known to the app and count as business days.
 */
export function addBusinessDays(date: string, days: number): string {
  let day = dayjs(date);
  for (let left = days; left > 0; ) {
    day = day.add(1, 'day');
    if (day.day() !== SATURDAY && day.day() !== SUNDAY) left -= 1;
  }
  return day.format(ISO_DATE_FORMAT);
}
