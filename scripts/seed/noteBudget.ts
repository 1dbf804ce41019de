import type { SupervisionLevel } from '../../electron/api/clients/clientsCodes';
import { daysBetween } from './seedDates';

/**
 * Days between contacts of any kind (visits, calls, collateral contacts, tests) for each supervision level:
 * more often than the office's minimum contact standards, as officers' logs are.
 */
const DAYS_BETWEEN_CONTACTS: Record<SupervisionLevel, number> = { low: 21, medium: 12, high: 7, very_high: 5 };

/** How many notes a client's log holds when officers keep the usual pace: the intake interview, then one per interval. */
export function usualNoteCount(level: SupervisionLevel, from: string, until: string): number {
  const days = daysBetween(from, until);
  return days < 0 ? 0 : 1 + Math.floor(days / DAYS_BETWEEN_CONTACTS[level]);
}

/**
 * Each client's number of notes: the usual counts, or, when a total is asked for, that total shared in proportion
 * to the usual counts (largest remainders), so the office has exactly `total` notes and busy cases stay the busiest.
 */
export function noteBudgets(usual: number[], total: number | null): number[] {
  const sum = usual.reduce((a, b) => a + b, 0);
  if (total === null || sum === 0) return usual;
  const shares = usual.map((count) => (count * total) / sum);
  const budgets = shares.map(Math.floor);
  const byRemainder = shares.map((share, i) => ({ i, rest: share - budgets[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder.slice(0, total - budgets.reduce((a, b) => a + b, 0))) budgets[i] += 1;
  return budgets;
}
