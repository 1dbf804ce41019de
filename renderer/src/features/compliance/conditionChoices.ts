import type { ComplianceCondition, ConditionProgress } from './complianceTypes';

/** Conditions are numbered as on the court tab (in the order they were recorded), so "condition 2" is the same everywhere. */
export function conditionNumbers(conditions: ConditionProgress[]) {
  const numbers = new Map(conditions.map(({ condition }, index) => [condition.id, index + 1]));
  return (id: number | null) => (id === null ? null : (numbers.get(id) ?? null));
}

const shorten = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

/** Select options for the conditions an entry may count towards ("2. Complete 80 hours of community service…"). */
export function conditionOptions(conditions: ConditionProgress[], accepts: (condition: ComplianceCondition) => boolean = () => true) {
  return conditions.flatMap(({ condition }, index) => (accepts(condition) ? [{ value: String(condition.id), label: `${index + 1}. ${shorten(condition.text)}` }] : []));
}
