import type { MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormModal } from './FormModal';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmColor?: MantineColor;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action that changes someone's access or record; the host's refusal is shown in the dialog. */
export function ConfirmModal({ opened, title, children, confirmLabel, confirmColor, pending, error, onConfirm, onClose }: ConfirmModalProps) {
  return (
    <FormModal
      opened={opened}
      title={title}
      submitLabel={confirmLabel}
      submitColor={confirmColor}
      pending={pending}
      error={error}
      size="md"
      onSubmit={(event) => {
        event?.preventDefault();
        onConfirm();
      }}
      onClose={onClose}
    >
      {children}
    </FormModal>
  );
}
