import { MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useNotes } from '../../api/caseNotes';
import { useDrugTests } from '../../api/drugTests';
import { useSettings } from '../../api/settings';
import type { FormScope } from '../../components/formScope';
import { idListProps, idSelectProps } from '../../components/nullableInputs';
import type { ConditionRow } from '../clients/profileTypes';
import { conditionLabel } from './conditionLabel';
import { drugTestOptions, noteOptions } from './linkOptions';
import type { ViolationForm } from './violationForm';

interface ViolationFieldsProps {
  scope: FormScope<ViolationForm>;
  clientId: number;
  conditions: ConditionRow[];
}

/** The violation itself: which condition, when, how serious (the office's severities), and the notes and tests that evidence it. */
export function ViolationFields({ scope, clientId, conditions }: ViolationFieldsProps) {
  const severities = useSettings().data?.enforcement.severities ?? [];
  const notes = useNotes({ clientId }).data?.rows ?? [];
  const tests = useDrugTests(clientId).data ?? [];
  const violation = scope.value;
  return (
    <Stack>
      <Select
        label="Condition violated"
        description="Leave empty for a new offense or conduct not tied to one condition."
        data={conditions.map((condition, index) => ({ value: String(condition.id), label: conditionLabel(condition, index) }))}
        clearable
        data-autofocus
        {...idSelectProps(scope.props('conditionId'))}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Date of the violation" type="date" max={today()} {...scope.props('violationDate')} />
        <Select label="Severity" data={severities} placeholder="Choose…" allowDeselect={false} {...scope.props('severity')} />
      </SimpleGrid>
      <Textarea label="Description" description="What happened, as you would tell the court." autosize minRows={3} spellCheck {...scope.props('description')} />
      <MultiSelect label="Notes that document it" data={noteOptions(notes, violation.noteIds)} searchable clearable {...idListProps(scope.props('noteIds'))} />
      <MultiSelect label="Drug tests that evidence it" data={drugTestOptions(tests, violation.drugTestIds)} searchable clearable {...idListProps(scope.props('drugTestIds'))} />
    </Stack>
  );
}
