import { Checkbox, Group, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { DRUG_TEST_METHOD_LABELS } from '../../../../electron/api/shared/recordLabels';
import { nowLocal } from '../../../../electron/api/shared/fieldSchemas';
import { useDrugTestChange } from '../../api/drugTests';
import { formScope } from '../../components/formScope';
import { FormModal } from '../../components/FormModal';
import { idSelectProps } from '../../components/nullableInputs';
import { useChannelForm } from '../../components/useChannelForm';
import { optionsOf } from '../clients/clientLabels';
import { noteTitle } from '../caseNotes/noteFormat';
import type { NoteRow } from '../caseNotes/noteTypes';
import { blankDrugTest, type DrugTestForm } from './drugTestForm';
import { PanelFields } from './PanelFields';

export type SavedDrugTest = ChannelOutput<'drugTests.create'>;

const METHOD_OPTIONS = optionsOf(DRUG_TEST_METHOD_LABELS);

interface DrugTestFormModalProps {
  clientId: number;
  /** The notes the test can be recorded in (the log's page on screen). */
  notes: NoteRow[];
  /** Called once the test is saved, with whether it suggests a violation; the caller closes the form. */
  onSaved: (saved: SavedDrugTest) => void;
  onClose: () => void;
}

/** A drug test as collected: method, the panel with a result per substance, admission, and whether it went to a lab. */
export function DrugTestFormModal({ clientId, notes, onSaved, onClose }: DrugTestFormModalProps) {
  const { form, submit, formError, pending } = useChannelForm('drugTests.create', useDrugTestChange('drugTests.create'), {
    initialValues: { clientId, test: blankDrugTest(null) },
    onSaved,
  });
  const test = formScope<{ test: DrugTestForm }>(form).field('test');
  return (
    <FormModal title="Record drug test" submitLabel="Save drug test" pending={pending} error={formError} onSubmit={submit} onClose={onClose}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Method" data={METHOD_OPTIONS} placeholder="Choose…" allowDeselect={false} data-autofocus {...test.props('method')} />
        <TextInput label="Collected at" type="datetime-local" max={nowLocal()} {...test.props('collectedAt')} />
      </SimpleGrid>
      <PanelFields scope={test.field('panel')} />
      <Group>
        <Checkbox label="Client admitted use" {...test.props('admittedUse', { type: 'checkbox' })} />
        <Checkbox label="Sent for lab confirmation" description="Record the lab's result when it comes back." {...test.props('sentForLab', { type: 'checkbox' })} />
      </Group>
      <Select
        label="Recorded in note"
        description="Optional: the contact note that records this test."
        data={notes.map((note) => ({ value: String(note.id), label: noteTitle(note) }))}
        clearable
        {...idSelectProps(test.props('noteId'))}
      />
      <Textarea label="Notes" description="Optional." autosize minRows={2} spellCheck {...test.props('notes')} />
    </FormModal>
  );
}
