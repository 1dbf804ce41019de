import type { DrugTestRow } from '../caseNotes/noteTypes';
import type { ConditionRow } from '../clients/profileTypes';
import { drugTestSummary } from '../drugTests/drugTestFormat';
import type { ViolationForm } from './violationForm';

/** A violation as a positive or refused test suggests it: the drug-testing condition when the client has exactly one, linked to the test and its note. */
export function violationFromTest(test: DrugTestRow, conditions: ConditionRow[]): Partial<ViolationForm> {
  const testing = conditions.filter((condition) => condition.type === 'drug_testing');
  return {
    conditionId: testing.length === 1 ? testing[0].id : null,
    violationDate: test.collectedAt.slice(0, 10),
    description: `${drugTestSummary(test)}.${test.admittedUse ? ' The client admitted use.' : ''}`,
    drugTestIds: [test.id],
    noteIds: test.noteId === null ? [] : [test.noteId],
  };
}
