import { Button, Group, Modal, Stack, type MantineColor, type ModalProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

interface FormModalProps {
  title: string;
  submitLabel: string;
  submitColor?: MantineColor;
  pending: boolean;
  /** The host's refusal when it names no field on screen. */
  error: unknown;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  opened?: boolean;
  size?: ModalProps['size'];
  children: ReactNode;
}

/** A dialog holding one form: its fields, a form-level error, Cancel and the submit button. */
export function FormModal({ title, submitLabel, submitColor, pending, error, onSubmit, onClose, opened = true, size = 'lg', children }: FormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {children}
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={submitColor} loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
