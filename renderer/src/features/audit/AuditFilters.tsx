import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { z } from 'zod';
import { auditFilterSchema, type AuditFilter } from '../../../../electron/api/audit/auditSchemas';
import { useUsers } from '../../api/users';

const OUTCOME_OPTIONS = [
  { value: 'success', label: 'Success' },
  { value: 'failure', label: 'Failure' },
];

/** Form fields are strings (empty when unused); the host's filter leaves unused ones out. */
const filterFormSchema = z
  .object({
    userId: z.string().nullable(),
    action: z.string(),
    outcome: auditFilterSchema.shape.outcome.unwrap().nullable(),
    from: z.string(),
    to: z.string(),
  })
  .transform((values): z.input<typeof auditFilterSchema> => ({
    userId: values.userId ? Number(values.userId) : undefined,
    action: values.action.trim() || undefined,
    outcome: values.outcome || undefined,
    from: values.from || undefined,
    to: values.to || undefined,
  }))
  .pipe(auditFilterSchema);

type FilterFormValues = z.input<typeof filterFormSchema>;

const EMPTY: FilterFormValues = { userId: null, action: '', outcome: null, from: '', to: '' };

export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const users = useUsers();
  const form = useForm<FilterFormValues, AuditFilter>({
    initialValues: EMPTY,
    validate: schemaResolver(filterFormSchema, { sync: true }),
    transformValues: (values) => filterFormSchema.parse(values),
  });
  const userOptions = (users.data ?? []).map((user) => ({ value: String(user.id), label: `${user.fullName} (${user.username})` }));

  const clear = () => {
    form.setValues(EMPTY);
    form.clearErrors();
    onApply({});
  };

  return (
    <form onSubmit={form.onSubmit(onApply)} noValidate aria-label="Audit log filters">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
        <Select label="User" data={userOptions} clearable searchable {...form.getInputProps('userId')} />
        <TextInput label="Action" description="Starts with, e.g. auth.login" {...form.getInputProps('action')} />
        <Select label="Outcome" data={OUTCOME_OPTIONS} clearable {...form.getInputProps('outcome')} />
        <TextInput label="From" type="date" {...form.getInputProps('from')} />
        <TextInput label="To" type="date" {...form.getInputProps('to')} />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">Apply filters</Button>
        <Button variant="default" onClick={clear}>
          Clear filters
        </Button>
      </Group>
    </form>
  );
}
