import { Alert, Box, Button, Divider, PasswordInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { unlockInputSchema } from '../../../../electron/api/auth/authSchemas';
import type { SessionUser } from '../../../../electron/api/auth/authWire';
import { useAuthAction } from '../../api/auth';
import { ApiCallError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../components/useServerErrors';
import { AuthScreen } from './AuthScreen';

interface LockScreenProps {
  user: SessionUser;
  /** Why the session is locked when it is not the idle timer or the officer (an office host that restarted). */
  reason: string | null;
  /** Called with the reason when a lockout ends the session; the sign-in screen shows it. */
  onSessionEnded: (message: string) => void;
}

export function LockScreen({ user, reason, onSessionEnded }: LockScreenProps) {
  const unlock = useAuthAction('auth.unlock');
  const signOut = useAuthAction('auth.logout');
  const form = useForm({ initialValues: { password: '' }, validate: schemaResolver(unlockInputSchema, { sync: true }) });
  const serverErrors = useServerErrors(form);

  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    unlock.mutate(values, {
      onError: (error) => {
        if (error instanceof ApiCallError && error.code === 'ACCOUNT_LOCKED') onSessionEnded(error.message);
        // Only the password is asked here, so only the password can be wrong.
        else if (error instanceof ApiCallError && error.code === 'AUTH_FAILED') form.setFieldError('password', 'The password is not correct.');
        else serverErrors.show(error);
      },
    });
  });

  return (
    // Over the signed-in app, which stays mounted but hidden underneath (AuthGate).
    <Box pos="fixed" inset={0} style={{ overflowY: 'auto', zIndex: 'var(--mantine-z-index-max)' }}>
      <AuthScreen title="Session locked">
        <Stack>
          {reason && <Alert color="blue">{reason}</Alert>}
          <Text>
            <strong>{user.fullName}</strong> ({user.username}) is signed in. Enter the password to unlock.
          </Text>
          <form onSubmit={submit} noValidate>
            <Stack>
              {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the lock screen asks for one thing: the officer coming back types the password at once. Its stop-propagation mark keeps Escape from closing a dialog of the page hidden underneath. */}
              <PasswordInput label="Password" autoComplete="current-password" autoFocus data-mantine-stop-propagation {...form.getInputProps('password')} />
              <ErrorAlert error={serverErrors.message} />
              <Button type="submit" loading={unlock.isPending} fullWidth>
                Unlock
              </Button>
            </Stack>
          </form>
          <Divider label="Someone else?" />
          <Text size="sm">Signing out closes {user.fullName}'s session so another officer can sign in.</Text>
          <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate({})}>
            Sign out
          </Button>
          <ErrorAlert error={signOut.error} />
        </Stack>
      </AuthScreen>
    </Box>
  );
}
