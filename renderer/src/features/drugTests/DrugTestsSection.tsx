import { Badge, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { suggestsViolation } from '../../../../electron/api/drugTests/overallResult';
import { DRUG_TEST_METHOD_LABELS } from '../../../../electron/api/shared/recordLabels';
import { useDrugTests } from '../../api/drugTests';
import { useViolations } from '../../api/violations';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { RecordTable } from '../../components/RecordTable';
import { SmallButton } from '../../components/SmallButton';
import { TitledSection } from '../../components/TitledSection';
import type { DrugTestRow, NoteRow } from '../caseNotes/noteTypes';
import type { ConditionRow } from '../clients/profileTypes';
import { violationFromTest } from '../violations/violationFromTest';
import { NewViolationModal } from '../violations/ViolationFormModals';
import { drugTestSummary, flaggedSubstances } from './drugTestFormat';
import { DrugTestFormModal, type SavedDrugTest } from './DrugTestFormModal';
import { LAB_RESULT_LABELS, PANEL_RESULT_COLORS, PANEL_RESULT_LABELS } from './drugTestLabels';
import { LabResultModal } from './LabResultModal';
import { formatDate, formatDateTime } from '../../../../electron/api/format/dateFormats';

type TestDialog = { kind: 'new' } | { kind: 'lab' | 'prompt' | 'violation'; test: DrugTestRow };

interface DrugTestsSectionProps {
  clientId: number;
  conditions: ConditionRow[];
  /** The log's page on screen, for recording a test in one of its notes. */
  notes: NoteRow[];
}

const promptsViolation = (test: DrugTestRow) => suggestsViolation(test.overallResult) || test.labResult === 'confirmed_positive';

function labStatus(test: DrugTestRow) {
  if (!test.sentForLab) return 'Not sent';
  if (!test.labResult || !test.labResultDate) return 'Awaiting result';
  return `${LAB_RESULT_LABELS[test.labResult]}, ${formatDate(test.labResultDate)}`;
}

/** The client's drug tests; a positive or refused result prompts the officer to record the violation. */
export function DrugTestsSection({ clientId, conditions, notes }: DrugTestsSectionProps) {
  const tests = useDrugTests(clientId);
  // A test already linked to a violation offers no second one.
  const violations = useViolations(clientId);
  const linked = new Set((violations.data ?? []).flatMap((violation) => violation.drugTestIds));
  const [dialog, setDialog] = useState<TestDialog | null>(null);
  const close = () => setDialog(null);
  const saved = ({ test, suggestViolation }: SavedDrugTest) => {
    notifySuccess('Drug test saved.');
    setDialog(suggestViolation ? { kind: 'prompt', test } : null);
  };

  return (
    <TitledSection title="Drug tests" actions={<SmallButton onClick={() => setDialog({ kind: 'new' })}>Record drug test</SmallButton>}>
      <ErrorAlert error={tests.error} />
      <RecordTable
        label="Drug tests"
        columns={['Collected', 'Method', 'Result', 'Not negative', 'Admitted use', 'Lab', 'Actions']}
        rows={tests.data ?? []}
        emptyText="No drug tests recorded."
        minWidth={900}
      >
        {(test) => (
          <Table.Tr key={test.id}>
            <Table.Td>{formatDateTime(test.collectedAt)}</Table.Td>
            <Table.Td>{DRUG_TEST_METHOD_LABELS[test.method]}</Table.Td>
            <Table.Td>
              <Badge color={PANEL_RESULT_COLORS[test.overallResult]}>{PANEL_RESULT_LABELS[test.overallResult]}</Badge>
            </Table.Td>
            <Table.Td>{flaggedSubstances(test) || '—'}</Table.Td>
            <Table.Td>{test.admittedUse ? 'Yes' : 'No'}</Table.Td>
            <Table.Td>{labStatus(test)}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                {test.sentForLab && !test.labResult && (
                  <SmallButton aria-label={`Record lab result: ${drugTestSummary(test)}`} onClick={() => setDialog({ kind: 'lab', test })}>
                    Record lab result
                  </SmallButton>
                )}
                {promptsViolation(test) && linked.has(test.id) && (
                  <Text size="sm" c="dimmed">
                    Violation recorded
                  </Text>
                )}
                {promptsViolation(test) && !linked.has(test.id) && violations.isSuccess && (
                  <SmallButton aria-label={`Record violation: ${drugTestSummary(test)}`} onClick={() => setDialog({ kind: 'violation', test })}>
                    Record violation
                  </SmallButton>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        )}
      </RecordTable>

      {dialog?.kind === 'new' && <DrugTestFormModal clientId={clientId} notes={notes} onSaved={saved} onClose={close} />}
      {dialog?.kind === 'lab' && <LabResultModal test={dialog.test} onSaved={saved} onClose={close} />}
      {dialog?.kind === 'prompt' && (
        <ConfirmModal
          opened
          title="Record a violation?"
          confirmLabel="Record violation"
          pending={false}
          error={null}
          onConfirm={() => setDialog({ kind: 'violation', test: dialog.test })}
          onClose={close}
        >
          <Text>
            {drugTestSummary(dialog.test)}. A positive or refused test is usually a violation of the drug-testing condition. Record the violation now, linked to this test?
          </Text>
        </ConfirmModal>
      )}
      {dialog?.kind === 'violation' && <NewViolationModal clientId={clientId} conditions={conditions} initial={violationFromTest(dialog.test, conditions)} onClose={close} />}
    </TitledSection>
  );
}
