import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useActiveSession } from '../../app/ActiveSession';
import { useRestoreBackup } from '../../api/backup';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TitledSection } from '../../components/TitledSection';
import { RestoreFields } from './RestoreFields';
import { restoredNotice, useRestoreForm, type RestoreInput } from './restoreForm';

/** Replaces the office with a backup, after a confirmation; the session ends and everyone signs in again. */
export function RestoreBackupSection() {
  const { onSessionEnded } = useActiveSession();
  const restore = useRestoreBackup('backup.restore', (result) => onSessionEnded(restoredNotice(result)));
  // The checked input waiting for the confirmation, and how to show the host's refusal on the form's fields.
  const [pending, setPending] = useState<{ input: RestoreInput; showError: (error: unknown) => void } | null>(null);
  const { form, submit, formError } = useRestoreForm((input, showError) => setPending({ input, showError }));

  const confirm = () => {
    if (!pending) return;
    restore.mutate(pending.input, {
      onError: (error) => {
        setPending(null);
        pending.showError(error);
      },
    });
  };

  return (
    <TitledSection title="Restore a backup">
      <form onSubmit={submit} noValidate aria-label="Restore a backup">
        <Stack>
          <Text>
            Replaces everything in this office with the backup. The office as it is now is kept as a safety copy in the data folder, and everyone signs in again afterwards.
          </Text>
          <RestoreFields form={form} />
          <ErrorAlert error={formError} />
          <Group justify="flex-end">
            <Button type="submit" color="red" variant="outline">
              Restore…
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmModal
        opened={pending !== null}
        title="Restore this backup?"
        confirmLabel="Restore the backup"
        confirmColor="red"
        pending={restore.isPending}
        error={null}
        onConfirm={confirm}
        onClose={() => setPending(null)}
      >
        <Text>
          Everything recorded since the backup was made (notes, appointments, accounts and password changes) is replaced by the backup. The office as it is now is kept as a safety
          copy in the data folder, from which office IT can bring it back.
        </Text>
        <Text>Your session ends when the restore is done: sign in again with an account of the backup.</Text>
      </ConfirmModal>
    </TitledSection>
  );
}
