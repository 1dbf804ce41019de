import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { blankSpecialCondition } from '../../clients/clientForms';
import { ConditionFields } from '../../clients/fields/ConditionFields';
import { RecordCard, RemoveRecordButton } from '../../clients/fields/RecordList';
import type { IntakeConditionForm } from '../intakeForm';

/**
 * The office's standard conditions, ticked (untick any the court did not order, or reword them), then the
 * special conditions of this order. All belong to the intake's one court case.
 */
export function IntakeConditions({ scope }: { scope: FormScope<IntakeConditionForm[]> }) {
  const rows = scope.value;
  const numberOf = (index: number) => rows.slice(0, index + 1).filter((c) => c.kind === rows[index].kind).length;
  return (
    <Stack gap="sm">
      {rows.map((condition, index) => {
        const row = scope.item(index);
        const name = `${condition.kind === 'standard' ? 'Standard' : 'Special'} condition ${numberOf(index)}`;
        const actions =
          condition.kind === 'standard' ? (
            <Checkbox label="Ordered by the court" {...row.props('included', { type: 'checkbox' })} />
          ) : (
            <RemoveRecordButton name={name} onClick={() => scope.remove(index)} />
          );
        return (
          <RecordCard key={index} name={name} actions={actions} muted={!condition.included}>
            {condition.included ? <ConditionFields scope={row} /> : <Text c="dimmed">{condition.text}</Text>}
          </RecordCard>
        );
      })}
      {!rows.some((c) => c.kind === 'special') && <Text c="dimmed">No special conditions yet.</Text>}
      <Group>
        <Button variant="default" onClick={() => scope.append({ ...blankSpecialCondition(), courtCaseIndex: 0, included: true })}>
          Add special condition
        </Button>
      </Group>
    </Stack>
  );
}
