import { Button, Group, SegmentedControl, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { z } from 'zod';
import { auditFilterSchema, type AuditFilter } from '../../../../electron/api/audit/auditSchemas';
import { AUDIT_ACTIONS, AUDIT_KIND_LABELS, AUDIT_KINDS, type AuditAction } from '../../../../electron/api/audit/auditActions';
import { useUsers } from '../../api/users';

const KIND_OPTIONS = [{ value: '', label: 'All' }, ...AUDIT_KINDS.map((kind) => ({ value: kind, label: AUDIT_KIND_LABELS[kind] }))];

/** Every labeled action, by its label, grouped by kind. */
const ACTION_OPTIONS = AUDIT_KINDS.map((kind) => ({
  group: AUDIT_KIND_LABELS[kind],
  items: (Object.keys(AUDIT_ACTIONS) as AuditAction[])
    .filter((action) => AUDIT_ACTIONS[action].kind === kind)
    .map((action) => ({ value: action, label: AUDIT_ACTIONS[action].label }))
    .sort((a, b) => a.label.localeCompare(b.label)),
}));

const OUTCOME_OPTIONS = [
  { value: 'success', label: 'Success' },
  { value: 'failure', label: 'Failure' },
];

/** Form fields are strings (empty when unused); the host's filter leaves unused ones out. */
const filterFormSchema = z
  .object({
    kind: z.union([z.literal(''), auditFilterSchema.shape.kind.unwrap()]),
    userId: z.string().nullable(),
    action: z.string().nullable(),
    outcome: auditFilterSchema.shape.outcome.unwrap().nullable(),
    from: z.string(),
    to: z.string(),
  })
  .transform((values): z.input<typeof auditFilterSchema> => ({
    kind: values.kind || undefined,
    userId: values.userId ? Number(values.userId) : undefined,
    action: values.action || undefined,
    outcome: values.outcome || undefined,
    from: values.from || undefined,
    to: values.to || undefined,
  }))
  .pipe(auditFilterSchema);

type FilterFormValues = z.input<typeof filterFormSchema>;

const EMPTY: FilterFormValues = { kind: '', userId: null, action: null, outcome: null, from: '', to: '' };

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
      <Group gap="sm" mb="sm">
        <Text id="audit-kind-label" size="sm" fw={500}>
          Show
        </Text>
        <SegmentedControl role="radiogroup" aria-labelledby="audit-kind-label" data={KIND_OPTIONS} {...form.getInputProps('kind')} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
        <Select label="User" data={userOptions} clearable searchable {...form.getInputProps('userId')} />
        <Select label="Action" data={ACTION_OPTIONS} clearable searchable {...form.getInputProps('action')} />
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
