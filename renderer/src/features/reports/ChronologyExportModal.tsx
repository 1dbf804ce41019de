import { Group, Text, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useExportChronology } from '../../api/reports';
import { FormModal } from '../../components/FormModal';
import { notifySuccess } from '../../components/notifySuccess';
import { useSchemaForm } from '../../components/useSchemaForm';
import { chronologyInputSchema } from '../../../../electron/api/reports/chronologySchemas';
import { ISO_DATE_FORMAT, today } from '../../../../electron/api/shared/fieldSchemas';

interface ChronologyExportModalProps {
  clientId: number;
  /** The period starts here unless the officer changes it: the whole supervision so far, or the last year of it. */
  supervisionStartDate: string;
  onClose: () => void;
}

const defaultStart = (supervisionStartDate: string) => {
  const yearAgo = dayjs(today()).subtract(1, 'year').format(ISO_DATE_FORMAT);
  return supervisionStartDate > yearAgo ? supervisionStartDate : yearAgo;
};

/** Picks the period and saves the chronology of contacts as a Word document. */
export function ChronologyExportModal({ clientId, supervisionStartDate, onClose }: ChronologyExportModalProps) {
  const exportChronology = useExportChronology();
  const { form, submit, formError } = useSchemaForm({
    schema: chronologyInputSchema,
    initialValues: { clientId, from: defaultStart(supervisionStartDate), to: today() },
    onValid: (input, showError) =>
      exportChronology.mutate(input, {
        onSuccess: (file) => {
          notifySuccess(`Chronology exported as ${file.fileName}.`);
          onClose();
        },
        onError: showError,
      }),
  });
  return (
    <FormModal title="Export chronology" submitLabel="Export .docx" pending={exportChronology.isPending} error={formError} onSubmit={submit} onClose={onClose} size="md">
      <Text c="dimmed" size="sm">
        The contact log for the period, with addenda, home-visit checklists and drug tests, as a Word document for the court file.
      </Text>
      <Group grow align="flex-start">
        <TextInput label="From" type="date" data-autofocus {...form.getInputProps('from')} />
        <TextInput label="To" type="date" {...form.getInputProps('to')} />
      </Group>
    </FormModal>
  );
}
