import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fullMonthsBetween } from '../../electron/services/insights/calendarMonths';

describe('whole months between two dates', () => {
  it('counts a month to the same day of a later month, or to the last day of a shorter one', () => {
    expect(fullMonthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(fullMonthsBetween('2026-01-31', '2026-02-27')).toBe(0);
    expect(fullMonthsBetween('2024-02-29', '2025-02-28')).toBe(12);
    expect(fullMonthsBetween('2025-06-13', '2026-12-02')).toBe(17);
  });

  it('counts back when the second date comes first, as a negative number', () => {
    expect(fullMonthsBetween('2026-03-15', '2026-03-14')).toBe(0);
    expect(fullMonthsBetween('2026-03-15', '2026-01-16')).toBe(-1);
    expect(fullMonthsBetween('2026-03-15', '2026-01-15')).toBe(-2);
  });

  it('agrees with dayjs on every pair of days over two years, leap day and month ends included', () => {
    const days = Array.from({ length: 760 }, (_, i) => dayjs('2023-11-01').add(i, 'day').format('YYYY-MM-DD'));
    const disagreements: string[] = [];
    // Every 13th start day against every end day keeps the run short and still meets each day of the month.
    for (let i = 0; i < days.length; i += 13) {
      for (const to of days) {
        const expected = dayjs(to).diff(dayjs(days[i]), 'month');
        if (fullMonthsBetween(days[i], to) !== expected) disagreements.push(`${days[i]} → ${to}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
