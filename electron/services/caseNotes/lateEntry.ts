import dayjs from 'dayjs';
import { ISO_DATE_FORMAT } from '../../api/shared/fieldSchemas';

/** Office policy as the issue states it; a note entered later than this is flagged for supervisors and courts. */
const LATE_ENTRY_DAYS = 3;

/**
 * Whether a note entered at `enteredAt` is a late entry for a contact at `contactAt` (local wall time).
 * Counted in calendar days, as officers count them: a Monday contact written up on Thursday is on time, on Friday late.
 */
export function isLateEntry(contactAt: string, enteredAt: Date): boolean {
  const contactDay = dayjs(contactAt.slice(0, ISO_DATE_FORMAT.length));
  const enteredDay = dayjs(dayjs(enteredAt).format(ISO_DATE_FORMAT));
  return enteredDay.diff(contactDay, 'day') > LATE_ENTRY_DAYS;
}
