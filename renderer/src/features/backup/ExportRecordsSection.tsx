import { Button, Group, PasswordInput, Radio, Stack, Text } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { EXPORT_PASSPHRASE_MIN_LENGTH } from '../../../../electron/api/export/exportSchemas';
import { useExportRecords } from '../../api/backup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { saveBinaryFile } from '../../components/saveBinaryFile';
import { TitledSection } from '../../components/TitledSection';
import { useChannelForm } from '../../components/useChannelForm';
import { ClientSelect } from '../schedule/ClientSelect';

type ExportScope = 'client' | 'office';

interface ExportValues extends Record<string, unknown> {
  scope: ExportScope;
  clientId: number | null;
  passphrase: string;
  confirmPassphrase: string;
}

const initialValues: ExportValues = { scope: 'client', clientId: null, passphrase: '', confirmPassphrase: '' };

const toInput = ({ scope, clientId, passphrase }: ExportValues) => ({ clientId: scope === 'office' ? null : clientId, passphrase });

// The schema reads a null client as "the whole office", so a client left unchosen is caught here.
const check = ({ scope, clientId, passphrase, confirmPassphrase }: ExportValues): FormErrors => ({
  ...(scope === 'client' && clientId === null ? { clientId: 'Choose a client, or export the whole office.' } : {}),
  ...(passphrase !== confirmPassphrase ? { confirmPassphrase: 'The two passphrases are not the same.' } : {}),
});

/** One client's records (a records request) or the whole office, as an encrypted zip saved where the administrator chooses. */
export function ExportRecordsSection() {
  const exportRecords = useExportRecords();
  const { form, submit, formError, pending } = useChannelForm('export.records', exportRecords, {
    initialValues,
    toInput,
    check,
    onSaved: (file) => {
      saveBinaryFile(file);
      notifySuccess(`Export saved as ${file.fileName}.`);
      form.setValues({ passphrase: '', confirmPassphrase: '' });
    },
  });
  const { scope } = form.getValues();
  return (
    <TitledSection title="Export records">
      <form onSubmit={submit} noValidate aria-label="Export records">
        <Stack>
          <Text>
            Every record as JSON and CSV files with a description of each field, and each client's chronology as a Word document, in a zip file encrypted with AES-256. Anyone with
            the passphrase can read every record in it: give it separately from the file.
          </Text>
          <Radio.Group label="Export" value={scope} onChange={(value) => form.setFieldValue('scope', value)}>
            <Group mt="xs" gap="md">
              <Radio value="client" label="One client's records" />
              <Radio value="office" label="The whole office" />
            </Group>
          </Radio.Group>
          {scope === 'client' && <ClientSelect inputProps={form.getInputProps('clientId')} current={null} />}
          <PasswordInput
            label="Passphrase"
            description={`At least ${EXPORT_PASSPHRASE_MIN_LENGTH} characters; a few unrelated words make a good passphrase.`}
            autoComplete="new-password"
            {...form.getInputProps('passphrase')}
          />
          <PasswordInput label="Confirm passphrase" autoComplete="new-password" {...form.getInputProps('confirmPassphrase')} />
          <ErrorAlert error={formError} />
          <Group justify="flex-end">
            <Button type="submit" loading={pending}>
              Export
            </Button>
          </Group>
        </Stack>
      </form>
    </TitledSection>
  );
}
