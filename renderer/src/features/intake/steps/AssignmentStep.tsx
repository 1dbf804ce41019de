import { Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { RiskInstrument } from '../../../../../electron/api/settings/intakeSettingsSchemas';
import type { FormScope } from '../../../components/formScope';
import { idSelectProps } from '../../../components/nullableInputs';
import type { OfficerOption } from '../../clients/officerOptions';
import { LevelChoice } from '../../clients/fields/LevelChoice';
import { screeningProgress } from '../../clients/screening';
import type { IntakeFormValues } from '../intakeForm';

interface AssignmentStepProps {
  intake: FormScope<IntakeFormValues>;
  instrument: RiskInstrument;
  officers: OfficerOption[];
  /** Officers take clients onto their own caseload; only supervisors and administrators choose someone else. */
  canChooseOfficer: boolean;
}

export function AssignmentStep({ intake, instrument, officers, canChooseOfficer }: AssignmentStepProps) {
  const assignment = intake.field('assignment');
  const screening = intake.field('screening');
  const progress = screeningProgress(instrument, screening.value.answers);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Assigned officer"
          description={canChooseOfficer ? undefined : 'New clients join your caseload; a supervisor can transfer them later.'}
          data={officers}
          searchable
          allowDeselect={false}
          disabled={!canChooseOfficer}
          {...idSelectProps(assignment.props('officerId'))}
        />
        <TextInput label="Supervision start date" type="date" {...assignment.props('supervisionStartDate')} />
      </SimpleGrid>
      <Radio.Group label="Starts as" {...assignment.props('status')}>
        <Group mt="xs">
          <Radio value="active" label="Active" />
          <Radio value="intake" label="Intake (paperwork still pending)" />
        </Group>
      </Radio.Group>
      <LevelChoice scope={screening} proposed={progress.proposedLevel} score={progress.score} />
    </Stack>
  );
}
