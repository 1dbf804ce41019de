import { describe, expect, it } from 'vitest';
import type { PanelResult } from '../../electron/api/drugTests/drugTestsCodes';
import { overallResult, suggestsViolation } from '../../electron/api/drugTests/overallResult';

const panel = (...results: PanelResult[]) => results.map((result, i) => ({ substance: `substance ${i}`, result }));

describe('a drug test overall result', () => {
  it.each<[PanelResult[], PanelResult]>([
    [['negative', 'negative'], 'negative'],
    [['negative', 'positive'], 'positive'],
    [['refused', 'positive'], 'positive'],
    [['refused', 'negative'], 'refused'],
    [['dilute', 'invalid'], 'invalid'],
    [['dilute', 'negative'], 'dilute'],
  ])('of %j is %s', (results, expected) => {
    expect(overallResult(panel(...results))).toBe(expected);
  });

  it('suggests a violation for positive and refused results only', () => {
    expect(['negative', 'positive', 'dilute', 'invalid', 'refused'].filter((r) => suggestsViolation(r as PanelResult))).toEqual(['positive', 'refused']);
  });
});
