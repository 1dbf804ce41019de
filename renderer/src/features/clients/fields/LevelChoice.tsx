import { Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { SupervisionLevel } from '../../../../../electron/api/clients/clientsCodes';
import type { FormScope } from '../../../components/formScope';
import type { ScreeningForm } from '../clientForms';
import { LEVEL_LABELS, optionsOf } from '../clientLabels';

const LEVEL_OPTIONS = optionsOf(LEVEL_LABELS);

interface LevelChoiceProps {
  scope: FormScope<ScreeningForm>;
  /** What the completed screening proposes; null while items are unanswered. */
  proposed: SupervisionLevel | null;
  score: number;
}

/** The supervision level: the screening's proposal unless the officer overrides it, which needs a recorded reason. */
export function LevelChoice({ scope, proposed, score }: LevelChoiceProps) {
  const { chosenLevel } = scope.value;
  const chosen = chosenLevel ?? proposed;
  const overridden = proposed !== null && chosen !== proposed;
  return (
    <Stack gap="sm">
      <Text>
        {proposed
          ? `The screening (score ${score}) proposes ${LEVEL_LABELS[proposed].toLowerCase()} supervision.`
          : 'Answer every screening item to see the proposed supervision level.'}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Supervision level"
          description="Choose another level only with a reason."
          data={LEVEL_OPTIONS}
          allowDeselect={false}
          {...scope.props('chosenLevel')}
          value={chosen}
          // Choosing the proposed level again goes back to following the screening.
          onChange={(value) => scope.set('chosenLevel', value === proposed ? null : (value as SupervisionLevel | null))}
        />
      </SimpleGrid>
      {overridden && (
        <Textarea
          label="Override reason"
          description={`Why ${LEVEL_LABELS[chosen ?? proposed].toLowerCase()} rather than ${LEVEL_LABELS[proposed].toLowerCase()}; it is kept with the assessment.`}
          withAsterisk
          autosize
          minRows={2}
          {...scope.props('overrideReason')}
        />
      )}
    </Stack>
  );
}
