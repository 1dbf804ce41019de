import type { PanelResult } from './drugTestsCodes';
import type { PanelRow } from './drugTestsSchemas';

/** The panel result that decides the test's overall result, strongest first: one positive substance makes the test positive. */
const PRECEDENCE: readonly PanelResult[] = ['positive', 'refused', 'invalid', 'dilute', 'negative'];

export function overallResult(panel: PanelRow[]): PanelResult {
  return PRECEDENCE.find((result) => panel.some((row) => row.result === result)) ?? 'negative';
}

/** A positive or refused test is a likely violation: the officer is prompted to record one. */
export const suggestsViolation = (result: PanelResult) => result === 'positive' || result === 'refused';
