import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { z } from 'zod';
import { recoverInputSchema } from '../../../../electron/api/auth/authSchemas';
import { useAuthAction } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { monospaceInput } from '../../components/monospaceInput';
import { useServerErrors } from '../../components/useServerErrors';
import { AuthScreen } from './AuthScreen';
import { mustMatch } from './passwordConfirmation';

const recoverFormSchema = recoverInputSchema.extend({ confirmPassword: z.string() }).refine(...mustMatch('newPassword', 'confirmPassword'));

/** Sets a new password for an account with the recovery key printed at set-up, then signs that account in. */
export function RecoverAccountScreen({ onCancel }: { onCancel: () => void }) {
  const recover = useAuthAction('auth.recover');
  const form = useForm({
    initialValues: { recoveryKey: '', username: '', newPassword: '', confirmPassword: '' },
    validate: schemaResolver(recoverFormSchema, { sync: true }),
  });
  const serverErrors = useServerErrors(form);

  const submit = form.onSubmit(({ recoveryKey, username, newPassword }) => {
    serverErrors.clear();
    recover.mutate({ recoveryKey, username, newPassword }, { onError: serverErrors.show });
  });

  return (
    <AuthScreen title="Recover an account" width={520}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>Enter the office recovery key printed when Probation Desk was set up, the account to recover, and a new password for it.</Text>
          <TextInput
            label="Recovery key"
            description="16 groups of four digits and letters A–F."

            autoComplete="off"
            spellCheck={false}
            styles={monospaceInput}
            {...form.getInputProps('recoveryKey')}
          />
          <TextInput label="Username" autoComplete="username" {...form.getInputProps('username')} />
          <PasswordInput
            label="New password"
            description="At least 12 characters. A few unrelated words make a good password."

            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput label="Confirm new password" autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
          <ErrorAlert error={serverErrors.message} />
          <Group justify="space-between">
            <Button variant="default" onClick={onCancel}>
              Back to sign in
            </Button>
            <Button type="submit" loading={recover.isPending}>
              Set password and sign in
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthScreen>
  );
}
