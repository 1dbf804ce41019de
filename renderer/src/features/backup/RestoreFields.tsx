import { PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { monospaceInput } from '../../components/monospaceInput';
import type { RestoreFormValues } from './restoreForm';

/** Which backup, and whose key opens it: a backup is encrypted with the key of the office it was made from. */
export function RestoreFields({ form }: { form: UseFormReturnType<RestoreFormValues> }) {
  const kind = form.getValues().credential.kind;
  return (
    <Stack>
      <TextInput
        label="Backup to restore"
        description="The full path of one backup folder (its name starts with probation-desk-backup-), for example E:\Backups\probation-desk-backup-2026-12-01T180000Z."
        {...form.getInputProps('backup')}
      />
      <Radio.Group label="Open the backup with" value={kind} onChange={(value) => form.setFieldValue('credential.kind', value)}>
        <Stack gap="xs" mt="xs">
          <Radio value="password" label="An administrator's account" description="Its username and password as they were when the backup was made." />
          <Radio value="recoveryKey" label="The office recovery key" />
        </Stack>
      </Radio.Group>
      {kind === 'password' ? (
        <>
          <TextInput label="Username" autoComplete="off" {...form.getInputProps('credential.username')} />
          <PasswordInput label="Password" autoComplete="off" {...form.getInputProps('credential.password')} />
        </>
      ) : (
        <TextInput
          label="Recovery key"
          description="The 16 groups of four on the printed recovery key sheet."
          autoComplete="off"
          styles={monospaceInput}
          {...form.getInputProps('credential.recoveryKey')}
        />
      )}
    </Stack>
  );
}
