import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { z } from 'zod';
import { createUserInputSchema } from '../../../../electron/api/users/usersSchemas';
import { useUserChange } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { useServerErrors } from '../../components/useServerErrors';
import { ROLE_OPTIONS } from './roleLabels';
import { SupervisorSelect } from './SupervisorSelect';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';

export function NewUserModal({ onClose }: { onClose: () => void }) {
  const create = useUserChange('users.create');
  const form = useForm<z.input<typeof createUserInputSchema>>({
    initialValues: { fullName: '', username: '', title: '', role: 'officer', supervisorId: null, temporaryPassword: '' },
    validate: schemaResolver(createUserInputSchema, { sync: true }),
  });
  const serverErrors = useServerErrors(form);

  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    create.mutate(values, {
      onSuccess: (user) => {
        notifySuccess(`Account created for ${user.fullName}. Give them the temporary password; they choose their own at first sign-in.`);
        onClose();
      },
      onError: serverErrors.show,
    });
  });

  return (
    <Modal opened onClose={onClose} title="New user" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Full name" data-autofocus {...form.getInputProps('fullName')} />
          <TextInput
            label="Username"
            description="Used to sign in. Letters, digits, dots, hyphens and underscores; it cannot be changed or reused."

            autoComplete="off"
            {...form.getInputProps('username')}
          />
          <TextInput label="Job title" description="Optional. Printed under the signature on reports." {...form.getInputProps('title')} />
          <Select label="Role" data={ROLE_OPTIONS} allowDeselect={false} {...form.getInputProps('role')} />
          <SupervisorSelect
            userId={null}
            value={form.values.supervisorId}
            onChange={(supervisorId) => form.setFieldValue('supervisorId', supervisorId)}
            error={form.errors.supervisorId}
          />
          <TemporaryPasswordInput inputProps={form.getInputProps('temporaryPassword')} onGenerate={(password) => form.setFieldValue('temporaryPassword', password)} />
          <ErrorAlert error={serverErrors.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
