import { describe, expect, it } from 'vitest';
import { owedChange, withRunningBalance } from '../../renderer/src/features/compliance/runningBalance';
import { formatMoney } from '../../electron/api/format/money';
import { centsOf, formatHours, minutesOf } from '../../renderer/src/features/compliance/units';

type Entry = Parameters<typeof owedChange>[0] & { id: number };

describe('the ledger as the compliance tab shows it', () => {
  it('gives each entry, listed newest first, the balance owed once it was made', () => {
    const newestFirst: Entry[] = [
      { id: 5, kind: 'adjustment', adjustment: 'decrease', amountCents: 1_000 },
      { id: 4, kind: 'waiver', adjustment: null, amountCents: 500 },
      { id: 3, kind: 'adjustment', adjustment: 'increase', amountCents: 333 },
      { id: 2, kind: 'payment', adjustment: null, amountCents: 2_550 },
      { id: 1, kind: 'charge', adjustment: null, amountCents: 50_000 },
    ];
    expect(withRunningBalance(newestFirst).map((e) => [e.id, owedChange(e), e.balanceAfter])).toEqual([
      [5, -1_000, 46_283],
      [4, -500, 47_283],
      [3, 333, 47_783],
      [2, -2_550, 47_450],
      [1, 50_000, 50_000],
    ]);
    expect(withRunningBalance([])).toEqual([]);
  });

  it('takes amounts typed in dollars and hours typed with fractions as the cents and minutes the host keeps', () => {
    expect(centsOf(25.5)).toBe(2_550);
    // 0.29 × 100 is 28.999999999999996 in floating point.
    expect(centsOf(0.29)).toBe(29);
    expect(centsOf(1_234.56)).toBe(123_456);
    expect(centsOf(null)).toBeNull();
    expect(minutesOf(2.5)).toBe(150);
    expect(minutesOf(0.25)).toBe(15);
    expect(minutesOf(null)).toBeNull();
    expect(formatMoney(123_456, 'USD')).toBe('$1,234.56');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(80 / 3)).toBe('26.67 hours');
  });
});
