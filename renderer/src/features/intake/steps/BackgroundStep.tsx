import { Stack, Text } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { BackgroundFields } from '../../clients/fields/BackgroundFields';
import type { IntakeFormValues } from '../intakeForm';

export function BackgroundStep({ intake }: { intake: FormScope<IntakeFormValues> }) {
  return (
    <Stack>
      <Text>What the interview and collateral sources (family, employer, records) tell you. Every area is optional; write what you know.</Text>
      <BackgroundFields scope={intake.field('background')} />
    </Stack>
  );
}
