import { Button, Divider, Stack, Text } from '@mantine/core';
import type { SessionUser } from '../../../../electron/api/auth/authWire';
import { useAuthAction } from '../../api/auth';
import { AuthScreen } from './AuthScreen';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After a temporary password, nothing else is reachable until the officer chooses their own. */
export function ForcedPasswordChangeScreen({ user }: { user: SessionUser }) {
  const signOut = useAuthAction('auth.logout');
  return (
    <AuthScreen title="Choose a new password" width={480}>
      <Stack>
        <Text>Welcome, {user.fullName}. You signed in with a temporary password from an administrator. Choose your own password before you continue; only you should know it.</Text>
        <ChangePasswordForm />
        <Divider />
        <Button variant="subtle" onClick={() => signOut.mutate({})} loading={signOut.isPending}>
          Sign out
        </Button>
      </Stack>
    </AuthScreen>
  );
}
