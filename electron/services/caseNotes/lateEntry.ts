import dayjs from 'dayjs';
import { ISO_DATE_FORMAT } from '../../api/shared/fieldSchemas';
import type { OfficeClock } from '../context';

/** Office policy as the issue states it; a note entered later than this is flagged for supervisors and courts. */
const LATE_ENTRY_DAYS = 3;

/**
 * Whether a note entered at `enteredAt` is a late entry for a contact at `contactAt` (office wall time).
 * Counted in calendar days on the office clock, as officers count them: a Monday contact written up on Thursday
 * is on time, on Friday late, wherever the workstation's own clock is set.
 */
export function isLateEntry(contactAt: string, enteredAt: Date | string, clock: OfficeClock): boolean {
  const contactDay = dayjs(contactAt.slice(0, ISO_DATE_FORMAT.length));
  const enteredDay = dayjs(clock.dateOf(enteredAt));
  return enteredDay.diff(contactDay, 'day') > LATE_ENTRY_DAYS;
}
