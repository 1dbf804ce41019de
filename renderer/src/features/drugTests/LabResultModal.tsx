import { Select, Text, TextInput } from '@mantine/core';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useDrugTestChange } from '../../api/drugTests';
import { FormModal } from '../../components/FormModal';
import { useChannelForm } from '../../components/useChannelForm';
import type { DrugTestRow } from '../caseNotes/noteTypes';
import { optionsOf } from '../clients/clientLabels';
import { drugTestSummary } from './drugTestFormat';
import type { SavedDrugTest } from './DrugTestFormModal';
import { LAB_RESULT_LABELS } from './drugTestLabels';

const LAB_RESULT_OPTIONS = optionsOf(LAB_RESULT_LABELS);

/** The lab's confirmation of a test sent to it; recorded once. */
export function LabResultModal({ test, onSaved, onClose }: { test: DrugTestRow; onSaved: (saved: SavedDrugTest) => void; onClose: () => void }) {
  const { form, submit, formError, pending } = useChannelForm('drugTests.recordLabResult', useDrugTestChange('drugTests.recordLabResult'), {
    initialValues: { drugTestId: test.id, labResult: null, labResultDate: today() },
    onSaved,
  });
  return (
    <FormModal title="Record lab result" submitLabel="Save lab result" pending={pending} error={formError} onSubmit={submit} onClose={onClose} size="md">
      <Text>{drugTestSummary(test)}</Text>
      <Select label="Lab result" data={LAB_RESULT_OPTIONS} placeholder="Choose…" allowDeselect={false} data-autofocus {...form.getInputProps('labResult')} />
      <TextInput label="Result date" type="date" max={today()} {...form.getInputProps('labResultDate')} />
    </FormModal>
  );
}
