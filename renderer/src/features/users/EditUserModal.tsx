import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import type { z } from 'zod';
import { updateUserInputSchema } from '../../../../electron/api/users/usersSchemas';
import { useUserChange } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { useServerErrors } from '../../components/useServerErrors';
import { ROLE_OPTIONS } from './roleLabels';
import { SupervisorSelect } from './SupervisorSelect';
import type { UserSummary } from './userDialogs';

export function EditUserModal({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const update = useUserChange('users.update');
  const form = useForm<z.input<typeof updateUserInputSchema>>({
    initialValues: { id: user.id, fullName: user.fullName, title: user.title, role: user.role, supervisorId: user.supervisorId },
    validate: schemaResolver(updateUserInputSchema, { sync: true }),
  });
  const serverErrors = useServerErrors(form);

  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    update.mutate(values, {
      onSuccess: (saved) => {
        notifySuccess(`Changes to ${saved.fullName}'s account saved.`);
        onClose();
      },
      onError: serverErrors.show,
    });
  });

  return (
    <Modal opened onClose={onClose} title={`Edit ${user.fullName}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            Username: <strong>{user.username}</strong> (usernames cannot be changed)
          </Text>
          <TextInput label="Full name" data-autofocus {...form.getInputProps('fullName')} />
          <TextInput label="Job title" description="Optional. Printed under the signature on reports." {...form.getInputProps('title')} />
          <Select label="Role" data={ROLE_OPTIONS} allowDeselect={false} {...form.getInputProps('role')} />
          <SupervisorSelect
            userId={user.id}
            value={form.values.supervisorId}
            onChange={(supervisorId) => form.setFieldValue('supervisorId', supervisorId)}
            error={form.errors.supervisorId}
          />
          <ErrorAlert error={serverErrors.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
