import { Alert, Badge, Group, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { RiskInstrument } from '../../../../../electron/api/settings/intakeSettingsSchemas';
import type { FormScope } from '../../../components/formScope';
import type { ScreeningForm } from '../clientForms';
import { needAreaLabel } from '../needAreaLabel';
import { LEVEL_LABELS } from '../clientLabels';
import { screeningProgress } from '../screening';

/** Score, level and need areas as the answers come in; read out politely as they change. */
function ScreeningScore({ instrument, answers }: { instrument: RiskInstrument; answers: ScreeningForm['answers'] }) {
  const progress = screeningProgress(instrument, answers);
  const complete = progress.proposedLevel !== null;
  return (
    <Paper withBorder p="md" aria-live="polite" aria-label="Screening result">
      <Group gap="xl">
        <Text>
          Score{complete ? '' : ' so far'}: <strong>{progress.score}</strong>
          {!complete && ` (${progress.answered} of ${progress.total} items answered)`}
        </Text>
        <Group gap="xs">
          <Text>Risk level{complete ? '' : ' so far'}:</Text>
          <Badge variant="filled" color="dark">
            {LEVEL_LABELS[progress.riskLevel]}
          </Badge>
        </Group>
        <Text>Need areas: {progress.needAreas.length ? progress.needAreas.map(needAreaLabel).join(', ') : 'none'}</Text>
      </Group>
    </Paper>
  );
}

/** The office's instrument, one radio group per item, with its disclaimer and the running result. */
export function ScreeningFields({ scope, instrument }: { scope: FormScope<ScreeningForm>; instrument: RiskInstrument }) {
  const answers = scope.value.answers;
  return (
    <Stack>
      <Alert
        color="orange"
        variant="light"
        // Mantine tints an alert's title with its colour, too pale on the tinted background: the title keeps the text colour.
        title={
          <Text fw={700} c="var(--mantine-color-text)">
            {instrument.name} (version {instrument.version})
          </Text>
        }
      >
        {instrument.disclaimer}
      </Alert>
      <TextInput label="Screening date" type="date" maw={240} {...scope.props('assessedOn')} />
      {instrument.items.map((item, index) => (
        <Radio.Group
          key={item.id}
          label={`${index + 1}. ${item.text}`}
          value={answers[item.id] === undefined ? null : String(answers[item.id])}
          onChange={(value) => scope.set('answers', { ...answers, [item.id]: Number(value) })}
          error={scope.field('answers').error(item.id)}
        >
          <Stack gap={6} mt="xs">
            {item.answers.map((answer, answerIndex) => (
              <Radio key={answerIndex} value={String(answerIndex)} label={answer.label} />
            ))}
          </Stack>
        </Radio.Group>
      ))}
      <ScreeningScore instrument={instrument} answers={answers} />
    </Stack>
  );
}
