import { Select, TextInput } from '@mantine/core';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { CONTACT_OUTCOME_LABELS } from '../../../../electron/api/shared/recordLabels';
import { useSetOutcome } from '../../api/schedule';
import { FormModal } from '../../components/FormModal';
import { notifySuccess } from '../../components/notifySuccess';
import { useChannelForm } from '../../components/useChannelForm';
import { optionsOf } from '../clients/clientLabels';

const OUTCOME_OPTIONS = optionsOf(CONTACT_OUTCOME_LABELS);
export type OutcomeResult = ChannelOutput<'appointments.setOutcome'>;

/** Records how the appointment went; the host makes (or updates) the linked draft case note. */
export function OutcomeModal({ appointmentId, onSaved, onClose }: { appointmentId: number; onSaved: (result: OutcomeResult) => void; onClose: () => void }) {
  const { form, submit, formError, pending } = useChannelForm('appointments.setOutcome', useSetOutcome(), {
    initialValues: { appointmentId, outcome: null as string | null, absenceReason: '' },
    onSaved: (result) => {
      notifySuccess(result.noteCreated ? 'Outcome recorded; a draft case note was started.' : 'Outcome recorded on the case note.');
      onSaved(result);
    },
  });
  return (
    <FormModal title="Record the outcome" submitLabel="Record outcome" size="md" pending={pending} error={formError} onSubmit={submit} onClose={onClose}>
      <Select label="Outcome" data={OUTCOME_OPTIONS} placeholder="Choose…" allowDeselect={false} data-autofocus {...form.getInputProps('outcome')} />
      {form.getValues().outcome === 'acceptable_absence' && <TextInput label="Reason the absence was acceptable" {...form.getInputProps('absenceReason')} />}
    </FormModal>
  );
}
