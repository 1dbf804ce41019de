import { describe, expect, it } from 'vitest';
import { noteBudgets, usualNoteCount } from '../../scripts/seed/noteBudget';

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

describe('seed note budget', () => {
  it('gives a client the intake interview and one contact per interval of their level, none before supervision starts', () => {
    expect(usualNoteCount('medium', '2026-01-01', '2026-01-01')).toBe(1);
    expect(usualNoteCount('medium', '2026-01-01', '2026-01-25')).toBe(3);
    expect(usualNoteCount('very_high', '2026-01-01', '2026-01-25')).toBeGreaterThan(usualNoteCount('low', '2026-01-01', '2026-01-25'));
    expect(usualNoteCount('high', '2026-01-10', '2026-01-09')).toBe(0);
  });

  it('keeps the usual counts when no total is asked for', () => {
    expect(noteBudgets([3, 0, 7], null)).toEqual([3, 0, 7]);
  });

  it('shares an asked-for total exactly, in proportion to the usual counts, leaving clients without contacts at none', () => {
    const usual = [10, 0, 35, 1, 54];
    for (const total of [0, 1, 99, 500_000]) {
      const budgets = noteBudgets(usual, total);
      expect(sum(budgets)).toBe(total);
      expect(budgets[1]).toBe(0);
    }
    expect(noteBudgets(usual, 200)).toEqual([20, 0, 70, 2, 108]);
    const uneven = noteBudgets([1, 1, 1], 100);
    expect(sum(uneven)).toBe(100);
    expect(Math.max(...uneven) - Math.min(...uneven)).toBe(1);
  });
});
