import { Autocomplete, Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormScope } from '../../components/formScope';
import { optionalDateProps } from '../../components/nullableInputs';
import { optionsOf } from '../clients/clientLabels';
import { RecordList } from '../clients/fields/RecordList';
import { GOAL_STATUS_LABELS } from './planLabels';
import type { GoalForm } from './planTypes';

const STATUS_OPTIONS = optionsOf(GOAL_STATUS_LABELS);

/** A goal of the plan: the need it meets, what is to be achieved, by when, and the steps towards it. */
export function GoalFields({ scope, needAreas }: { scope: FormScope<GoalForm>; needAreas: string[] }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Autocomplete label="Need area" description="From the assessment, or type another" data={needAreas} data-autofocus {...scope.props('needArea')} />
        <TextInput label="Target date" description="Optional" type="date" {...optionalDateProps(scope.props('targetDate'))} />
        <Select label="Status" data={STATUS_OPTIONS} allowDeselect={false} {...scope.props('status')} />
      </SimpleGrid>
      <Textarea label="Goal" description="What the client is to achieve, in words the court and the client understand" autosize minRows={2} {...scope.props('goal')} />
      <RecordList scope={scope.field('actionSteps')} itemName="Action step" addLabel="Add action step" blank={() => ({ text: '', done: false })} emptyText="No action steps yet.">
        {(step) => (
          <Group align="flex-end" wrap="nowrap">
            <TextInput label="What is to be done" style={{ flex: 1 }} {...step.props('text')} />
            <Checkbox label="Done" mb={8} {...step.props('done', { type: 'checkbox' })} />
          </Group>
        )}
      </RecordList>
    </Stack>
  );
}
