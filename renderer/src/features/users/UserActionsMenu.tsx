import { Button, Menu } from '@mantine/core';
import type { UserActionKind, UserSummary } from './userDialogs';

interface UserActionsMenuProps {
  user: UserSummary;
  isSelf: boolean;
  onAction: (kind: UserActionKind) => void;
}

/** Offers only the actions the host would accept for this account in its current state. */
export function UserActionsMenu({ user, isSelf, onAction }: UserActionsMenuProps) {
  return (
    <Menu position="bottom-end" width={200}>
      <Menu.Target>
        <Button variant="default" size="xs" aria-label={`Actions for ${user.fullName}`}>
          Actions
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('edit')}>Edit</Menu.Item>
        {user.locked && <Menu.Item onClick={() => onAction('releaseLockout')}>Release lockout</Menu.Item>}
        {user.active && !isSelf && <Menu.Item onClick={() => onAction('resetPassword')}>Reset password</Menu.Item>}
        {user.active && !isSelf && <Menu.Item onClick={() => onAction('deactivate')}>Deactivate</Menu.Item>}
        {!user.active && <Menu.Item onClick={() => onAction('reactivate')}>Reactivate</Menu.Item>}
      </Menu.Dropdown>
    </Menu>
  );
}
