import { Button, Menu, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useAuthAction } from '../api/auth';
import { ChangePasswordModal } from '../features/auth/ChangePasswordModal';
import { ROLE_LABELS } from '../features/users/roleLabels';
import { useActiveSession } from './ActiveSession';
import { useLockSession } from './useLockSession';

export function UserMenu() {
  const { user } = useActiveSession();
  const lock = useLockSession();
  const signOut = useAuthAction('auth.logout');
  const [changingPassword, changePassword] = useDisclosure(false);

  return (
    <>
      <Menu position="bottom-end" width={220}>
        <Menu.Target>
          <Button variant="default" h="auto" py={4}>
            {/* Named "Account menu: <name> <role>" so it cannot be mistaken for a user's row actions. */}
            <VisuallyHidden>Account menu: </VisuallyHidden>
            <Stack gap={0} align="flex-end">
              <Text size="sm" fw={600}>
                {user.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {ROLE_LABELS[user.role]}
              </Text>
            </Stack>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Signed in as {user.username}</Menu.Label>
          <Menu.Item onClick={changePassword.open}>Change password</Menu.Item>
          <Menu.Item onClick={lock}>Lock (Ctrl+L)</Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => signOut.mutate({})}>Sign out</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={changingPassword} onClose={changePassword.close} />
    </>
  );
}
