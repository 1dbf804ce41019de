import { Fieldset, Stack, Textarea } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import type { FormScope } from '../../../components/formScope';
import { IdentityEditor } from '../../clients/fields/IdentityEditor';
import { PhotoInput, photoError } from '../../clients/fields/PhotoInput';
import type { IntakeFormValues } from '../intakeForm';

export function IdentityStep({ intake, errors }: { intake: FormScope<IntakeFormValues>; errors: FormErrors }) {
  const photo = intake.field('photo');
  return (
    <Stack>
      <IdentityEditor scope={intake} />
      <Fieldset legend="Photo">
        <PhotoInput value={photo.value} onChange={(value) => intake.set('photo', value)} error={photoError(errors, 'photo')} />
      </Fieldset>
      <Textarea
        label="Safety alerts"
        description="Optional. Shown at the top of the client's record: violence, weapons, dogs at the address, officer safety."
        autosize
        minRows={2}
        {...intake.props('safetyAlerts')}
      />
    </Stack>
  );
}
