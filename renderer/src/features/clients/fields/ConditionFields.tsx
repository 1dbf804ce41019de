import { NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { optionalNumberProps } from '../../../components/nullableInputs';
import type { ConditionFieldsForm } from '../clientForms';
import { CONDITION_TYPE_LABELS, optionsOf, TARGET_UNIT_LABELS } from '../clientLabels';

const CONDITION_TYPE_OPTIONS = optionsOf(CONDITION_TYPE_LABELS);
const TARGET_UNIT_OPTIONS = optionsOf(TARGET_UNIT_LABELS);

/** A condition of probation as the order words it, with a target where one is counted (hours, money, tests). */
export function ConditionFields({ scope }: { scope: FormScope<ConditionFieldsForm> }) {
  return (
    <Stack gap="sm">
      <Textarea label="Condition text" autosize minRows={1} {...scope.props('text')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label="Condition type" data={CONDITION_TYPE_OPTIONS} placeholder="Choose…" allowDeselect={false} {...scope.props('type')} />
        <NumberInput label="Target amount" description="Optional: 80 hours, 125000 cents" allowDecimal={false} min={0} {...optionalNumberProps(scope.props('targetAmount'))} />
        <Select label="Target counts" description="Optional" data={TARGET_UNIT_OPTIONS} clearable {...scope.props('targetUnit')} />
      </SimpleGrid>
    </Stack>
  );
}
