import { formatHourCount, formatHours } from './units';
import { DEFAULT_CURRENCY, formatMoney } from '../../../../electron/api/format/money';
import type { ConditionProgress } from './complianceTypes';

/** "6 of 80 hours", "$25.50 paid of $500.00", "3 of 12 sessions attended", "1 of 4 tests this month"; null where the app counts nothing. */
export function conditionProgressText({ condition, done }: ConditionProgress, currency: string = DEFAULT_CURRENCY): string | null {
  if (done === null) return null;
  const target = condition.targetAmount;
  if (condition.targetUnit === 'cents') return target === null ? `${formatMoney(done, currency)} paid` : `${formatMoney(done, currency)} paid of ${formatMoney(target, currency)}`;
  if (condition.targetUnit === 'tests_per_month') return target === null ? `${done} ${done === 1 ? 'test' : 'tests'} this month` : `${done} of ${target} tests this month`;
  if (condition.targetUnit === 'sessions') return target === null ? `${done} sessions attended` : `${done} of ${target} sessions attended`;
  return target === null ? `${formatHours(done)} logged` : `${formatHourCount(done)} of ${formatHours(target)}`;
}

/** What is still to do towards the target, in its unit; null without a target. */
export function remainingOf({ condition, done }: ConditionProgress): number | null {
  if (done === null || condition.targetAmount === null) return null;
  return Math.max(0, condition.targetAmount - done);
}
