import { afterEach, describe, expect, it, vi } from 'vitest';
import { nowLocal, pastDate, setFormsTimeZone, today } from '../../electron/api/shared/fieldSchemas';

afterEach(() => {
  setFormsTimeZone(null);
  vi.useRealTimers();
});

describe("the forms' clock", () => {
  it("reads today and now on the office's time zone once the renderer has set it, whatever this computer's zone", () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T05:30:00Z'), toFake: ['Date'] });
    setFormsTimeZone('Pacific/Honolulu');
    expect(today()).toBe('2026-02-28');
    expect(nowLocal()).toBe('2026-02-28T19:30');
    // A form in Honolulu refuses tomorrow's date as the host does, though it is already March 1 in UTC.
    expect(pastDate('the date').safeParse('2026-03-01').success).toBe(false);
    setFormsTimeZone('Asia/Tokyo');
    expect(today()).toBe('2026-03-01');
    expect(nowLocal()).toBe('2026-03-01T14:30');
  });
});
