import { Checkbox, Fieldset, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { opportunitySettingsSchema, OPPORTUNITY_KINDS, type OpportunityKind } from '../../../../electron/api/insights/insightsSchemas';
import type { SettingsValues } from '../../../../electron/api/settings/settingsSchemas';
import { useSettingsChange } from '../../api/settings';
import { notifySuccess } from '../../components/notifySuccess';
import { useServerErrors } from '../../components/useServerErrors';
import { SettingsSection } from './SettingsSection';

const KIND_LABELS: Record<OpportunityKind, string> = { earlyDischarge: 'Early discharge', lowerLevel: 'Lower supervision level' };
const MONTHS = [
  ['monthsSupervised', 'Months under supervision, at least'],
  ['violationFreeMonths', 'Months without a violation'],
  ['negativeTestMonths', 'Months of only negative drug tests'],
] as const;
const FLAGS = [
  ['serviceHoursComplete', 'Community-service hours complete'],
  ['restitutionPaid', 'Restitution paid in full'],
  ['noPendingCharges', 'No pending charges (a court case without disposition, a violation referred to court)'],
] as const;

/** The office's criteria for the opportunities list; an empty number leaves that criterion out. */
export function OpportunitiesForm({ initial }: { initial: SettingsValues['opportunities'] }) {
  const save = useSettingsChange('settings.updateOpportunities');
  const form = useForm({ initialValues: initial, validate: schemaResolver(opportunitySettingsSchema, { sync: true }) });
  const serverErrors = useServerErrors(form);
  const submit = form.onSubmit((values) => {
    serverErrors.clear();
    save.mutate(values, { onSuccess: () => notifySuccess('Opportunity criteria saved.'), onError: serverErrors.show });
  });
  return (
    <SettingsSection
      title="Opportunities"
      description="Which clients the opportunities page lists for early discharge or a lower supervision level. Leave a number empty to leave that criterion out."
      error={serverErrors.message}
      pending={save.isPending}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {OPPORTUNITY_KINDS.map((kind) => (
          <Fieldset key={kind} legend={KIND_LABELS[kind]}>
            <Stack gap="xs">
              <Checkbox label="List these clients" {...form.getInputProps(`${kind}.enabled`, { type: 'checkbox' })} />
              {MONTHS.map(([field, label]) => {
                const props = form.getInputProps(`${kind}.${field}`);
                return (
                  <NumberInput
                    key={field}
                    label={label}
                    min={1}
                    max={120}
                    allowDecimal={false}
                    {...props}
                    value={(props.value as number | null) ?? ''}
                    onChange={(value) => form.setFieldValue(`${kind}.${field}`, value === '' ? null : Number(value))}
                  />
                );
              })}
              {FLAGS.map(([field, label]) => (
                <Checkbox key={field} label={label} {...form.getInputProps(`${kind}.${field}`, { type: 'checkbox' })} />
              ))}
            </Stack>
          </Fieldset>
        ))}
      </SimpleGrid>
    </SettingsSection>
  );
}
