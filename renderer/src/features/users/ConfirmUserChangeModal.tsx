import { Text } from '@mantine/core';
import { useUserChange } from '../../api/users';
import { ConfirmModal } from '../../components/ConfirmModal';
import { formatLocalTime } from '../../components/formatTime';
import { notifySuccess } from '../../components/notifySuccess';
import type { UserSummary } from './userDialogs';

const CHANGES = {
  deactivate: {
    channel: 'users.deactivate',
    title: (user: UserSummary) => `Deactivate ${user.fullName}?`,
    body: (user: UserSummary) =>
      `${user.fullName} will no longer be able to sign in. Their records and audit history stay; you can reactivate the account later with a new temporary password.`,
    confirmLabel: 'Deactivate',
    color: 'red',
    done: (user: UserSummary) => `${user.fullName}'s account was deactivated.`,
  },
  releaseLockout: {
    channel: 'users.releaseLockout',
    title: (user: UserSummary) => `Release lockout for ${user.fullName}?`,
    body: (user: UserSummary) =>
      `The account was locked${user.lockedAt ? ` on ${formatLocalTime(user.lockedAt)}` : ''} after repeated wrong passwords. Release it only once you know it was ${user.fullName} who tried to sign in.`,
    confirmLabel: 'Release lockout',
    color: undefined,
    done: (user: UserSummary) => `${user.fullName} can sign in again.`,
  },
} as const;

interface ConfirmUserChangeModalProps {
  change: keyof typeof CHANGES;
  user: UserSummary;
  onClose: () => void;
}

/** The user changes that need no input, only a confirmation: deactivation and releasing a lockout. */
export function ConfirmUserChangeModal({ change, user, onClose }: ConfirmUserChangeModalProps) {
  const copy = CHANGES[change];
  const mutation = useUserChange(copy.channel);
  const confirm = () =>
    mutation.mutate(
      { id: user.id },
      {
        onSuccess: () => {
          notifySuccess(copy.done(user));
          onClose();
        },
      },
    );

  return (
    <ConfirmModal
      opened
      title={copy.title(user)}
      confirmLabel={copy.confirmLabel}
      confirmColor={copy.color}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={confirm}
      onClose={onClose}
    >
      <Text>{copy.body(user)}</Text>
    </ConfirmModal>
  );
}
