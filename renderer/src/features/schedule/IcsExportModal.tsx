import { SimpleGrid, TextInput } from '@mantine/core';
import { useExportIcs } from '../../api/schedule';
import { FormModal } from '../../components/FormModal';
import { notifySuccess } from '../../components/notifySuccess';
import { useChannelForm } from '../../components/useChannelForm';

/** Exports one officer's appointments between two dates as an .ics file for Outlook or another calendar program. */
export function IcsExportModal({ officerId, range, onClose }: { officerId: number; range: { from: string; to: string }; onClose: () => void }) {
  const { form, submit, formError, pending } = useChannelForm('schedule.exportIcs', useExportIcs(), {
    initialValues: { officerId, ...range },
    onSaved: (file) => {
      notifySuccess(`${file.count} ${file.count === 1 ? 'appointment' : 'appointments'} exported to ${file.filename}.`);
      onClose();
    },
  });
  return (
    <FormModal title="Export to a calendar file (.ics)" submitLabel="Export .ics" size="md" pending={pending} error={formError} onSubmit={submit} onClose={onClose}>
      <SimpleGrid cols={2}>
        <TextInput label="From" type="date" data-autofocus {...form.getInputProps('from')} />
        <TextInput label="To" type="date" {...form.getInputProps('to')} />
      </SimpleGrid>
    </FormModal>
  );
}
