import { Fieldset, Stack } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { CourtCaseFields } from '../../clients/fields/CourtCaseFields';
import type { IntakeFormValues } from '../intakeForm';
import { IntakeConditions } from './IntakeConditions';

/** One court order per intake; further cases are added on the client's record. */
export function CourtStep({ intake }: { intake: FormScope<IntakeFormValues> }) {
  return (
    <Stack>
      <CourtCaseFields scope={intake.field('courtCases').item(0)} />
      <Fieldset legend="Conditions of probation">
        <IntakeConditions scope={intake.field('conditions')} />
      </Fieldset>
    </Stack>
  );
}
