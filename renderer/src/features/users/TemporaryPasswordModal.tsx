import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { setTemporaryPasswordInputSchema } from '../../../../electron/api/users/usersSchemas';
import { useUserChange } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { useServerErrors } from '../../components/useServerErrors';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';
import type { UserSummary } from './userDialogs';

const MODES = {
  reset: {
    channel: 'users.resetPassword',
    title: (name: string) => `Reset password for ${name}`,
    explanation: (name: string) => `${name}'s current password stops working, and any lockout ends.`,
    submitLabel: 'Reset password',
    done: (name: string) => `${name}'s password was reset. Give them the temporary password.`,
  },
  reactivate: {
    channel: 'users.reactivate',
    title: (name: string) => `Reactivate ${name}`,
    explanation: (name: string) => `${name} will be able to sign in again with this temporary password.`,
    submitLabel: 'Reactivate',
    done: (name: string) => `${name}'s account was reactivated. Give them the temporary password.`,
  },
} as const;

interface TemporaryPasswordModalProps {
  mode: keyof typeof MODES;
  user: UserSummary;
  onClose: () => void;
}

/** Resetting a password and reactivating an account both hand the user a new temporary password. */
export function TemporaryPasswordModal({ mode, user, onClose }: TemporaryPasswordModalProps) {
  const copy = MODES[mode];
  const change = useUserChange(copy.channel);
  const form = useForm({
    initialValues: { id: user.id, temporaryPassword: '' },
    validate: schemaResolver(setTemporaryPasswordInputSchema, { sync: true }),
  });
  const serverErrors = useServerErrors(form);

  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    change.mutate(values, {
      onSuccess: () => {
        notifySuccess(copy.done(user.fullName));
        onClose();
      },
      onError: serverErrors.show,
    });
  });

  return (
    <Modal opened onClose={onClose} title={copy.title(user.fullName)} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{copy.explanation(user.fullName)}</Text>
          <TemporaryPasswordInput inputProps={form.getInputProps('temporaryPassword')} onGenerate={(password) => form.setFieldValue('temporaryPassword', password)} />
          <ErrorAlert error={serverErrors.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending}>
              {copy.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
