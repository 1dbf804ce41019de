import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { z } from 'zod';
import { changePasswordInputSchema } from '../../../../electron/api/auth/authSchemas';
import { useAuthAction } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../components/useServerErrors';
import { mustMatch } from './passwordConfirmation';

const changePasswordFormSchema = changePasswordInputSchema.extend({ confirmPassword: z.string() }).refine(...mustMatch('newPassword', 'confirmPassword'));

/** Current, new and repeated password; used at a forced first change and from the user menu. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const change = useAuthAction('auth.changePassword');
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: schemaResolver(changePasswordFormSchema, { sync: true }),
  });
  const serverErrors = useServerErrors(form);

  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    serverErrors.clear();
    change.mutate({ currentPassword, newPassword }, { onSuccess: onChanged, onError: serverErrors.show });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput label="Current password" autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordInput
          label="New password"
          description="At least 12 characters. A few unrelated words make a good password."

          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label="Confirm new password" autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
        <ErrorAlert error={serverErrors.message} />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
