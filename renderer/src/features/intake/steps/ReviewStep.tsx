import { Group, Image, Stack, Text } from '@mantine/core';
import { useCurrency, useMeasurementSystem } from '../../../api/settings';
import type { ReactNode } from 'react';
import type { RiskInstrument } from '../../../../../electron/api/settings/intakeSettingsSchemas';
import { FactList } from '../../../components/FactList';
import { LineList } from '../../../components/LineList';
import { SmallButton } from '../../../components/SmallButton';
import { TitledSection } from '../../../components/TitledSection';
import { addressLine, aliasLine, associateLine, conditionLine, courtCaseFacts, identifierLine, identityFacts, offenceLine } from '../../clients/clientFacts';
import { LEVEL_LABELS, STATUS_LABELS } from '../../clients/clientLabels';
import { BACKGROUND_AREAS, BACKGROUND_FIELDS } from '../../clients/fields/BackgroundFields';
import { needAreaLabel } from '../../clients/needAreaLabel';
import { formatDate, fullName, photoUrl } from '../../clients/formatClient';
import type { OfficerOption } from '../../clients/officerOptions';
import { screeningProgress } from '../../clients/screening';
import type { IntakeFormValues } from '../intakeForm';
import { INTAKE_STEPS } from '../intakeSteps';

/** One step's part of the review, under the step's title, with an Edit button that goes back to the step. */
function Section({ step, onEdit, children }: { step: number; onEdit: (step: number) => void; children: ReactNode }) {
  const { title } = INTAKE_STEPS[step];
  return (
    <TitledSection
      title={title}
      order={3}
      actions={
        <SmallButton onClick={() => onEdit(step)} aria-label={`Edit ${title.toLowerCase()}`}>
          Edit
        </SmallButton>
      }
    >
      {children}
    </TitledSection>
  );
}

interface ReviewStepProps {
  values: IntakeFormValues;
  instrument: RiskInstrument;
  officers: OfficerOption[];
  onEdit: (step: number) => void;
}

/** Everything entered, step by step, in words; "Edit" goes back to the step. */
export function ReviewStep({ values, instrument, officers, onEdit }: ReviewStepProps) {
  const { identity, courtCases, assignment, screening } = values;
  const currency = useCurrency();
  const system = useMeasurementSystem();
  const courtCase = courtCases[0];
  const progress = screeningProgress(instrument, screening.answers);
  const chosenLevel = screening.chosenLevel ?? progress.proposedLevel;
  const officer = officers.find((option) => option.value === String(assignment.officerId));
  return (
    <Stack>
      <Section step={0} onEdit={onEdit}>
        <Group align="flex-start" wrap="nowrap" gap="lg">
          {values.photo && <Image src={photoUrl(values.photo)} alt={`Photo of ${fullName(identity)}`} w={96} h={120} fit="cover" radius="sm" />}
          <Stack gap="sm" style={{ flex: 1 }}>
            <FactList facts={[...identityFacts(identity, system), ['Safety alerts', values.safetyAlerts]]} />
            <LineList lines={values.aliases.map(aliasLine)} none="No other names." />
            <LineList lines={values.identifiers.map(identifierLine)} none="No identifiers." />
          </Stack>
        </Group>
      </Section>
      <Section step={1} onEdit={onEdit}>
        <LineList lines={values.addresses.map(addressLine)} none="No address recorded." />
      </Section>
      <Section step={2} onEdit={onEdit}>
        <LineList lines={values.associates.map(associateLine)} none="No contacts recorded." />
      </Section>
      <Section step={3} onEdit={onEdit}>
        <Stack gap="sm">
          <FactList facts={[['Docket number', courtCase.docketNumber], ...courtCaseFacts(courtCase)]} />
          <LineList lines={courtCase.offences.map(offenceLine)} none="No offenses." />
          <Text fw={600}>Conditions</Text>
          <LineList lines={values.conditions.filter((c) => c.included).map((condition) => conditionLine(condition, currency))} none="No conditions." />
        </Stack>
      </Section>
      <Section step={4} onEdit={onEdit}>
        <FactList cols={2} facts={BACKGROUND_FIELDS.map((field) => [BACKGROUND_AREAS[field].label, values.background[field]])} />
      </Section>
      <Section step={5} onEdit={onEdit}>
        <FactList
          facts={[
            ['Screening date', formatDate(screening.assessedOn)],
            ['Score', `${progress.score}${progress.proposedLevel ? '' : ` (${progress.answered} of ${progress.total} items answered)`}`],
            ['Risk level', progress.proposedLevel && LEVEL_LABELS[progress.proposedLevel]],
            ['Need areas', progress.needAreas.map(needAreaLabel).join(', ') || 'None'],
          ]}
        />
      </Section>
      <Section step={6} onEdit={onEdit}>
        <FactList
          facts={[
            ['Assigned officer', officer?.label ?? 'Not chosen'],
            ['Supervision starts', formatDate(assignment.supervisionStartDate)],
            ['Starts as', STATUS_LABELS[assignment.status]],
            ['Supervision level', chosenLevel && LEVEL_LABELS[chosenLevel]],
            ['Override reason', chosenLevel !== progress.proposedLevel && screening.overrideReason],
          ]}
        />
      </Section>
    </Stack>
  );
}
