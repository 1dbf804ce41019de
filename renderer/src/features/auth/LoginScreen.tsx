import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { loginInputSchema } from '../../../../electron/api/auth/authSchemas';
import { useAuthAction } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../components/useServerErrors';
import { AuthScreen } from './AuthScreen';

interface LoginScreenProps {
  /** Why the previous session ended, if it ended on its own. */
  notice: string | null;
  onSignedIn: () => void;
  onForgotPassword: () => void;
}

export function LoginScreen({ notice, onSignedIn, onForgotPassword }: LoginScreenProps) {
  const login = useAuthAction('auth.login');
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: schemaResolver(loginInputSchema, { sync: true }),
  });
  const serverErrors = useServerErrors(form);

  const signIn = form.onSubmit((values) => {
    serverErrors.clear();
    login.mutate(values, { onSuccess: onSignedIn, onError: serverErrors.show });
  });

  return (
    <AuthScreen title="Sign in">
      <form onSubmit={signIn} noValidate>
        <Stack>
          <ErrorAlert error={notice} />
          <TextInput label="Username" autoComplete="username" {...form.getInputProps('username')} />
          <PasswordInput label="Password" autoComplete="current-password" {...form.getInputProps('password')} />
          <ErrorAlert error={serverErrors.message} />
          <Button type="submit" loading={login.isPending} fullWidth>
            Sign in
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={onForgotPassword}>
            Forgot your password? Use the office recovery key
          </Anchor>
        </Stack>
      </form>
    </AuthScreen>
  );
}
