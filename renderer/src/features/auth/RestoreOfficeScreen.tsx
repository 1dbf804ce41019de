import { Button, Group, Stack, Text } from '@mantine/core';
import { useRestoreBackup } from '../../api/backup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RestoreFields } from '../backup/RestoreFields';
import { restoredNotice, useRestoreForm } from '../backup/restoreForm';
import { AuthScreen } from './AuthScreen';

interface RestoreOfficeScreenProps {
  /** Back to setting up a new office. */
  onCancel: () => void;
  /** The office is restored; the gate shows the sign-in screen with this notice. */
  onRestored: (notice: string) => void;
}

/** A new or replaced workstation: the office comes from a backup instead of being set up empty. */
export function RestoreOfficeScreen({ onCancel, onRestored }: RestoreOfficeScreenProps) {
  const restore = useRestoreBackup('backup.restoreFirstRun', (result) => onRestored(restoredNotice(result)));
  const { form, submit, formError } = useRestoreForm((input, showError) => restore.mutate(input, { onError: showError }));
  return (
    <AuthScreen title="Restore an office from a backup" width={680}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            The office is restored with its records, accounts and passwords as they were when the backup was made. Open the backup with the username and password of an
            administrator at that time, or with the office recovery key.
          </Text>
          <RestoreFields form={form} />
          <ErrorAlert error={formError} />
          <Group justify="space-between">
            <Button variant="default" onClick={onCancel} disabled={restore.isPending}>
              Back
            </Button>
            <Button type="submit" loading={restore.isPending}>
              Restore the office
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthScreen>
  );
}
