import { describe, expect, it } from 'vitest';
import { isLateEntry } from '../../electron/services/caseNotes/lateEntry';
import type { OfficeClock } from '../../electron/services/context';
import { dateInZone, zonedToUtc } from '../../electron/services/schedule/officeTime';

/** An office clock in a zone; only the date of an instant matters here. */
const clockIn = (zone: string) => ({ dateOf: (instant: Date | string) => dateInZone(instant, zone) }) as OfficeClock;
const CHICAGO = clockIn('America/Chicago');
/** Wall time on the office clock, as the instant the note was entered. */
const at = (local: string, zone = 'America/Chicago') => new Date(zonedToUtc(local, zone));

describe('a late entry', () => {
  it.each([
    ['the same day', '2025-03-03T09:00', '2025-03-03T17:00', false],
    ['three calendar days later, though almost four days by the clock', '2025-03-03T00:01', '2025-03-06T23:59', false],
    ['four calendar days later, though just over three days by the clock', '2025-03-03T23:59', '2025-03-07T00:01', true],
    ['across a month end', '2025-02-27T10:00', '2025-03-03T08:00', true],
  ])('%s: %s entered %s is late: %s', (_case, contactAt, enteredAt, late) => {
    expect(isLateEntry(contactAt, at(enteredAt), CHICAGO)).toBe(late);
  });

  it('counts days on the office clock, not the workstation’s', () => {
    // 23:30 on the 6th in Honolulu is already the 7th in Tokyo (and in UTC): on the office's date, not late.
    const entered = at('2025-03-06T23:30', 'Pacific/Honolulu');
    expect(isLateEntry('2025-03-03T10:00', entered, clockIn('Pacific/Honolulu'))).toBe(false);
    expect(isLateEntry('2025-03-03T10:00', entered, clockIn('Asia/Tokyo'))).toBe(true);
  });
});
