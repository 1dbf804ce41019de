import { Checkbox, Group, MultiSelect, NumberInput, SimpleGrid, Table, Text } from '@mantine/core';
import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import { SUPERVISION_LEVELS } from '../../../../electron/api/clients/clientsCodes';
import { contactStandardsSchema, type ContactStandards } from '../../../../electron/api/contactStandards/contactStandardsSchemas';
import { CONTACT_TYPE_LABELS } from '../../../../electron/api/shared/recordLabels';
import { useSettingsChange } from '../../api/settings';
import { optionalNumberProps } from '../../components/nullableInputs';
import { notifySuccess } from '../../components/notifySuccess';
import { useServerErrors } from '../../components/useServerErrors';
import { LEVEL_LABELS, optionsOf } from '../clients/clientLabels';
import { SettingsSection } from './SettingsSection';
import { TableScroller } from '../../components/TableScroller';

const CONTACT_TYPE_OPTIONS = optionsOf(CONTACT_TYPE_LABELS);
const REQUIREMENTS = [
  { key: 'faceToFace', label: 'Face-to-face contacts', fallback: { count: 1, periodDays: 30 } },
  { key: 'homeVisits', label: 'Home visits', fallback: { count: 1, periodDays: 60 } },
] as const;

/** "N per P days", or switched off (null). */
function FrequencyCell({
  form,
  path,
  label,
  fallback,
}: {
  form: UseFormReturnType<ContactStandards>;
  path: string;
  label: string;
  fallback: { count: number; periodDays: number };
}) {
  const value = form.getInputProps(path).value as { count: number; periodDays: number } | null;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Checkbox mt={8} aria-label={`${label}: required`} checked={value !== null} onChange={(event) => form.setFieldValue(path, event.currentTarget.checked ? fallback : null)} />
      {value !== null && (
        <>
          <NumberInput aria-label={`${label}: how many`} w={70} min={1} allowDecimal={false} {...form.getInputProps(`${path}.count`)} />
          <Text mt={8}>per</Text>
          <NumberInput aria-label={`${label}: days`} w={80} min={1} allowDecimal={false} {...form.getInputProps(`${path}.periodDays`)} />
          <Text mt={8}>days</Text>
        </>
      )}
    </Group>
  );
}

/** How often each supervision level must be seen, the first-contact rules, and what counts as face to face. */
export function ContactStandardsForm({ initial }: { initial: ContactStandards }) {
  const save = useSettingsChange('settings.updateContactStandards');
  const form = useForm({ initialValues: initial, validate: schemaResolver(contactStandardsSchema, { sync: true }) });
  const serverErrors = useServerErrors(form);
  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    save.mutate(values, { onSuccess: () => notifySuccess('Contact standards saved.'), onError: serverErrors.show });
  });
  return (
    <SettingsSection
      title="Contact standards"
      description="How often clients at each supervision level must be seen. Only signed notes of contacts that took place count; a requirement without a tick does not apply."
      error={serverErrors.message}
      pending={save.isPending}
      onSubmit={submit}
    >
      <TableScroller label="Contact standards by level" minWidth={560}>
        <Table aria-label="Contact standards by level">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Level</Table.Th>
              {REQUIREMENTS.map((r) => (
                <Table.Th key={r.key}>{r.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SUPERVISION_LEVELS.map((level) => (
              <Table.Tr key={level}>
                <Table.Td>{LEVEL_LABELS[level]}</Table.Td>
                {REQUIREMENTS.map((r) => (
                  <Table.Td key={r.key}>
                    <FrequencyCell form={form} path={`levels.${level}.${r.key}`} label={`${LEVEL_LABELS[level]}, ${r.label.toLowerCase()}`} fallback={r.fallback} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="First contact within (business days)"
          description="Empty: no such rule"
          min={0}
          allowDecimal={false}
          {...optionalNumberProps(form.getInputProps('firstContactBusinessDays'))}
        />
        <NumberInput
          label="First home visit within (days)"
          description="Empty: no such rule"
          min={0}
          allowDecimal={false}
          {...optionalNumberProps(form.getInputProps('firstHomeVisitDays'))}
        />
        <NumberInput label="“Due soon” this many days ahead" min={0} allowDecimal={false} {...form.getInputProps('dueSoonDays')} />
      </SimpleGrid>
      <MultiSelect label="Contact types that count as face to face" data={CONTACT_TYPE_OPTIONS} {...form.getInputProps('faceToFaceTypes')} />
    </SettingsSection>
  );
}
