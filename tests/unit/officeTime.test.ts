import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { describe, expect, it } from 'vitest';
import { dateInZone, utcToZoned } from '../../electron/services/schedule/officeTime';

dayjs.extend(utc);
dayjs.extend(timezone);

// Zones with daylight saving in either hemisphere, a half-hour shift (Lord Howe), odd offsets and none at all.
const ZONES = ['America/Chicago', 'America/New_York', 'America/Anchorage', 'Pacific/Honolulu', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];
const HOUR = 3_600_000;

describe('the office clock read from a UTC instant', () => {
  it('shows what dayjs-timezone shows over two years, every quarter hour around each daylight-saving change', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    // A step of 23 h 17 min visits every time of day; where the offset changed within a step, it is walked again finely.
    const step = 23 * HOUR + 17 * 60_000;
    const agree = (at: number, zone: string) => {
      const instant = new Date(at).toISOString();
      const expected = dayjs(instant).tz(zone);
      expect(utcToZoned(instant, zone), `${instant} in ${zone}`).toBe(expected.format('YYYY-MM-DDTHH:mm'));
      expect(dateInZone(instant, zone)).toBe(expected.format('YYYY-MM-DD'));
      return expected.utcOffset();
    };
    for (const zone of ZONES) {
      let offset = agree(start, zone);
      for (let at = start + step; at < start + 2 * 365 * 24 * HOUR; at += step) {
        const next = agree(at, zone);
        if (next !== offset) for (let fine = at - step; fine < at; fine += HOUR / 4) agree(fine, zone);
        offset = next;
      }
    }
  });

  it('reads midnight as 00:00 and both sides of the hour clocks go back (Chicago, Nov 2, 2025)', () => {
    expect(utcToZoned('2025-11-02T05:00:00.000Z', 'America/Chicago')).toBe('2025-11-02T00:00');
    expect(utcToZoned('2025-11-02T06:30:00.000Z', 'America/Chicago')).toBe('2025-11-02T01:30');
    expect(utcToZoned('2025-11-02T07:30:00.000Z', 'America/Chicago')).toBe('2025-11-02T01:30');
    expect(dateInZone(new Date('2025-11-02T04:59:00.000Z'), 'America/Chicago')).toBe('2025-11-01');
  });
});
