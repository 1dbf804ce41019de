import { Button, Group, PasswordInput, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { z } from 'zod';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { setupInputSchema } from '../../../../electron/api/auth/authSchemas';
import { applyAuthStatus, useSetupOffice } from '../../api/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../components/useServerErrors';
import { OfficeFields } from '../settings/OfficeFields';
import { TimeZoneSelect } from '../settings/TimeZoneSelect';
import { AuthScreen } from './AuthScreen';
import { mustMatch } from './passwordConfirmation';
import { RecoveryKeySheet } from './RecoveryKeySheet';

const officeStepSchema = setupInputSchema.pick({ office: true, schedule: true });
const setupFormSchema = setupInputSchema.extend({
  admin: setupInputSchema.shape.admin.extend({ confirmPassword: z.string() }).refine(...mustMatch('password', 'confirmPassword')),
});
type SetupFormValues = z.input<typeof setupFormSchema>;

const STEP_OFFICE = 0;
const STEP_ADMIN = 1;
const STEP_RECOVERY_KEY = 2;

interface SetupWizardProps {
  /** Set-up has signed the administrator in; the caller keeps this wizard up for the recovery key. */
  onOfficeCreated: () => void;
  onFinished: () => void;
  /** The office is to come from a backup instead. */
  onRestoreInstead: () => void;
}

export function SetupWizard({ onOfficeCreated, onFinished, onRestoreInstead }: SetupWizardProps) {
  const [step, setStep] = useState(STEP_OFFICE);
  const [created, setCreated] = useState<ChannelOutput<'auth.setup'> | null>(null);
  const setup = useSetupOffice();
  const form = useForm<SetupFormValues>({
    initialValues: {
      office: { name: '', address: '', phone: '' },
      // Most offices set up on a workstation in their own zone: offered, to confirm or change.
      schedule: { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
      admin: { fullName: '', username: '', password: '', confirmPassword: '' },
    },
    // Each step checks only its own fields.
    validate: schemaResolver(step === STEP_OFFICE ? officeStepSchema : setupFormSchema, { sync: true }),
  });
  const serverErrors = useServerErrors(form);

  const createOffice = ({ office, schedule, admin }: SetupFormValues) => {
    serverErrors.clear();
    setup.mutate(
      { office, schedule, admin: { fullName: admin.fullName, username: admin.username, password: admin.password } },
      {
        onSuccess: (result) => {
          setCreated(result);
          onOfficeCreated();
          setStep(STEP_RECOVERY_KEY);
        },
        onError: serverErrors.show,
      },
    );
  };

  const finish = () => {
    if (created) applyAuthStatus(created.status);
    onFinished();
  };

  return (
    <AuthScreen title="Set up Probation Desk" width={680}>
      <Stepper active={step} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label="Office" description="Letterhead details">
          <form onSubmit={form.onSubmit(() => setStep(STEP_ADMIN))} noValidate>
            <Stack mt="md">
              <Title order={2} size="h3">
                Office details
              </Title>
              <Text>These appear on the letterhead of court reports. You can change them later in Office settings.</Text>
              <OfficeFields inputProps={(field) => form.getInputProps(`office.${field}`)} />
              <TimeZoneSelect description="Appointments are booked, shown and exported to calendars on this clock." {...form.getInputProps('schedule.timeZone')} />
              <Group justify="space-between">
                <Button variant="subtle" onClick={onRestoreInstead}>
                  Restore an office from a backup
                </Button>
                <Button type="submit">Next</Button>
              </Group>
            </Stack>
          </form>
        </Stepper.Step>
        <Stepper.Step label="Administrator" description="First account">
          <form onSubmit={form.onSubmit(createOffice)} noValidate>
            <Stack mt="md">
              <Title order={2} size="h3">
                First administrator
              </Title>
              <Text>This account manages users and settings. Other staff get their own accounts afterwards.</Text>
              <TextInput label="Full name" autoComplete="name" {...form.getInputProps('admin.fullName')} />
              <TextInput
                label="Username"
                description="Letters, digits, dots, hyphens and underscores."

                autoComplete="username"
                {...form.getInputProps('admin.username')}
              />
              <PasswordInput
                label="Password"
                description="At least 12 characters. A few unrelated words make a good password."

                autoComplete="new-password"
                {...form.getInputProps('admin.password')}
              />
              <PasswordInput label="Confirm password" autoComplete="new-password" {...form.getInputProps('admin.confirmPassword')} />
              <ErrorAlert error={serverErrors.message} />
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(STEP_OFFICE)} disabled={setup.isPending}>
                  Back
                </Button>
                <Button type="submit" loading={setup.isPending}>
                  Create office
                </Button>
              </Group>
            </Stack>
          </form>
        </Stepper.Step>
        <Stepper.Step label="Recovery key" description="Print and store">
          {created && <RecoveryKeySheet recoveryKey={created.recoveryKey} officeName={form.getValues().office.name} onContinue={finish} />}
        </Stepper.Step>
      </Stepper>
    </AuthScreen>
  );
}
