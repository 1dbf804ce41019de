import { NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { optionalNumberProps } from '../../../components/nullableInputs';
import { currencySymbol } from '../../../../../electron/api/format/money';
import { useCurrency } from '../../../api/settings';
import { centsOf } from '../../compliance/units';
import type { ConditionFieldsForm } from '../clientForms';
import { CONDITION_TYPE_LABELS, optionsOf, TARGET_UNIT_LABELS } from '../clientLabels';

const CONDITION_TYPE_OPTIONS = optionsOf(CONDITION_TYPE_LABELS);
const TARGET_UNIT_OPTIONS = optionsOf(TARGET_UNIT_LABELS);

type TargetUnit = ConditionFieldsForm['targetUnit'];

/** The amount as the officer reads it: whole currency units for money (kept in cents), the count itself otherwise. */
const shownAmount = (stored: number | null, unit: TargetUnit) => (stored === null || unit !== 'cents' ? stored : stored / 100);
const storedAmount = (shown: number | null, unit: TargetUnit) => (unit === 'cents' ? centsOf(shown) : shown);

/** A condition of probation as the order words it, with a target where one is counted (hours, money, tests). */
export function ConditionFields({ scope }: { scope: FormScope<ConditionFieldsForm> }) {
  const { targetAmount, targetUnit } = scope.value;
  const amountProps = optionalNumberProps(scope.props('targetAmount'));
  const unitProps = scope.props('targetUnit');
  const money = targetUnit === 'cents';
  const currency = useCurrency();
  const symbol = currencySymbol(currency);
  return (
    <Stack gap="sm">
      <Textarea label="Condition text" autosize minRows={1} {...scope.props('text')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label="Condition type" data={CONDITION_TYPE_OPTIONS} placeholder="Choose…" allowDeselect={false} {...scope.props('type')} />
        <Select
          label="Target counts"
          description="Optional"
          data={TARGET_UNIT_OPTIONS}
          clearable
          {...unitProps}
          onChange={(unit) => {
            const next = unit as TargetUnit;
            // Switching to or from money keeps the number the officer typed, in the new unit.
            scope.set('targetAmount', storedAmount(shownAmount(targetAmount, targetUnit), next));
            (unitProps.onChange as (value: TargetUnit) => void)(next);
          }}
        />
        <NumberInput
          label={money ? `Target amount (${symbol})` : 'Target amount'}
          description={money ? `In ${currency}, for example 1500 or 1,250.50` : `Optional: 80 hours, ${symbol}1,250 owed`}
          allowDecimal={money}
          decimalScale={money ? 2 : undefined}
          thousandSeparator={money ? ',' : undefined}
          prefix={money ? symbol : undefined}
          min={0}
          {...amountProps}
          value={shownAmount(targetAmount, targetUnit) ?? ''}
          onChange={(value) => scope.set('targetAmount', value === '' ? null : storedAmount(Number(value), targetUnit))}
        />
      </SimpleGrid>
    </Stack>
  );
}
