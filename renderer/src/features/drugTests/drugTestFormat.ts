import type { DrugTestRow } from '../caseNotes/noteTypes';
import { DRUG_TEST_METHOD_LABELS } from '../../../../electron/api/shared/recordLabels';
import { PANEL_RESULT_LABELS } from './drugTestLabels';
import { formatDate } from '../../../../electron/api/format/dateFormats';

/** The substances that were not negative, with their result: "cocaine positive, THC dilute". */
export const flaggedSubstances = (test: Pick<DrugTestRow, 'panel'>) =>
  test.panel
    .filter((row) => row.result !== 'negative')
    .map((row) => `${row.substance} ${PANEL_RESULT_LABELS[row.result].toLowerCase()}`)
    .join(', ');

/** "Urine test, 3 Mar 2025: positive (cocaine positive)" */
export function drugTestSummary(test: DrugTestRow) {
  const flagged = flaggedSubstances(test);
  return `${DRUG_TEST_METHOD_LABELS[test.method]} test, ${formatDate(test.collectedAt)}: ${PANEL_RESULT_LABELS[test.overallResult].toLowerCase()}${flagged ? ` (${flagged})` : ''}`;
}
