import { Text } from '@mantine/core';
import type { WorkstationListItem } from '../../../../electron/api/office/officeWire';
import { useRevokeWorkstation } from '../../api/office';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifySuccess } from '../../components/notifySuccess';

/** Revoking is for a lost or retired computer: the host refuses it at its next request and ends its sessions. */
export function RevokeWorkstationModal({ workstation, onClose }: { workstation: WorkstationListItem; onClose: () => void }) {
  const revoke = useRevokeWorkstation();
  const confirm = () =>
    revoke.mutate(
      { workstationId: workstation.id },
      {
        onSuccess: () => {
          notifySuccess(`${workstation.name} was revoked. The office host refuses it from now on.`);
          onClose();
        },
      },
    );
  return (
    <ConfirmModal
      opened
      title={`Revoke ${workstation.name}?`}
      confirmLabel="Revoke"
      confirmColor="red"
      pending={revoke.isPending}
      error={revoke.error}
      onConfirm={confirm}
      onClose={onClose}
    >
      <Text>
        The office host will refuse {workstation.name} at once and end anyone's session on it. This cannot be undone: to use the computer again, enroll it with a new enrollment
        code.
      </Text>
    </ConfirmModal>
  );
}
