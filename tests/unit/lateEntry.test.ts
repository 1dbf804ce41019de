import { describe, expect, it } from 'vitest';
import { isLateEntry } from '../../electron/services/caseNotes/lateEntry';

/** Local wall time, as the office's computer reads it. */
const at = (local: string) => new Date(`${local}:00`);

describe('a late entry', () => {
  it.each([
    ['the same day', '2025-03-03T09:00', '2025-03-03T17:00', false],
    ['three calendar days later, though almost four days by the clock', '2025-03-03T00:01', '2025-03-06T23:59', false],
    ['four calendar days later, though just over three days by the clock', '2025-03-03T23:59', '2025-03-07T00:01', true],
    ['across a month end', '2025-02-27T10:00', '2025-03-03T08:00', true],
  ])('%s: %s entered %s is late: %s', (_case, contactAt, enteredAt, late) => {
    expect(isLateEntry(contactAt, at(enteredAt))).toBe(late);
  });
});
