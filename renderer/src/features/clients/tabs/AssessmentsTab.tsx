import { Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { RiskInstrument } from '../../../../../electron/api/settings/intakeSettingsSchemas';
import { today } from '../../../../../electron/api/shared/fieldSchemas';
import { useSettings } from '../../../api/settings';
import { useDirectory } from '../../../api/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RecordTable } from '../../../components/RecordTable';
import { formScope, type FormScope } from '../../../components/formScope';
import { blankScreening, type ScreeningForm } from '../clientForms';
import { LEVEL_LABELS } from '../clientLabels';
import { ClientFormModal } from '../dialogs/ClientFormModal';
import { LevelChoice } from '../fields/LevelChoice';
import { ScreeningFields } from '../fields/ScreeningFields';
import { needAreaLabel } from '../needAreaLabel';
import { formatDate } from '../formatClient';
import { userNameOf } from '../officerOptions';
import type { ClientProfile } from '../profileTypes';
import { screeningErrors, screeningProgress, withChosenLevel } from '../screening';
import { TitledSection } from '../../../components/TitledSection';
import { SmallButton } from '../../../components/SmallButton';

type ReassessForm = { clientId: number; screening: ScreeningForm };

function ReassessBody({ screening, instrument }: { screening: FormScope<ScreeningForm>; instrument: RiskInstrument }) {
  const progress = screeningProgress(instrument, screening.value.answers);
  return (
    <Stack>
      <ScreeningFields scope={screening} instrument={instrument} />
      <LevelChoice scope={screening} proposed={progress.proposedLevel} score={progress.score} />
    </Stack>
  );
}

/** Every screening of the client, newest first; a new one, with the office's current instrument, sets the supervision level. */
export function AssessmentsTab({ profile }: { profile: ClientProfile }) {
  const { client, assessments } = profile;
  const directory = useDirectory();
  const settings = useSettings();
  const instrument = settings.data?.riskInstrument;
  // The opportunities page opens a reassessment here with the criteria's facts as the reason (?reassess=…).
  const [params] = useSearchParams();
  const facts = params.get('reassess');
  const [reassessing, setReassessing] = useState(facts !== null);
  const assessorName = userNameOf(directory.data);

  return (
    <TitledSection title="Assessments" actions={<SmallButton onClick={() => setReassessing(true)}>New assessment</SmallButton>}>
      <RecordTable
        label="Assessment history"
        columns={['Date', 'Kind', 'Instrument', 'Score', 'Risk level', 'Need areas', 'Chosen level', 'Override reason', 'Assessor']}
        rows={assessments}
        minWidth={980}
      >
        {(assessment) => (
          <Table.Tr key={assessment.id}>
            <Table.Td>{formatDate(assessment.assessedOn)}</Table.Td>
            <Table.Td>{assessment.kind === 'intake' ? 'Intake' : 'Reassessment'}</Table.Td>
            <Table.Td>
              {assessment.instrumentName} (version {assessment.instrumentVersion})
            </Table.Td>
            <Table.Td>{assessment.score}</Table.Td>
            <Table.Td>{LEVEL_LABELS[assessment.riskLevel]}</Table.Td>
            <Table.Td>{assessment.needAreas.map(needAreaLabel).join(', ') || 'None'}</Table.Td>
            <Table.Td fw={assessment.overrideReason ? 700 : undefined}>{LEVEL_LABELS[assessment.chosenLevel]}</Table.Td>
            <Table.Td>{assessment.overrideReason}</Table.Td>
            <Table.Td>{assessorName(assessment.assessorId)}</Table.Td>
          </Table.Tr>
        )}
      </RecordTable>
      <ErrorAlert error={settings.error} />
      {reassessing && instrument && (
        <ClientFormModal
          channel="assessments.reassess"
          title="New assessment"
          submitLabel="Save assessment"
          size="xl"
          initialValues={{ clientId: client.id, screening: { ...blankScreening(today()), overrideReason: facts ?? '' } }}
          toInput={(values) => ({ ...values, screening: withChosenLevel(values.screening, screeningProgress(instrument, values.screening.answers).proposedLevel) })}
          check={(values) => screeningErrors(instrument, values.screening, 'screening')}
          savedMessage={(saved) => `Assessment saved; the supervision level is now ${LEVEL_LABELS[saved.chosenLevel].toLowerCase()}.`}
          onClose={() => setReassessing(false)}
        >
          {(form) => <ReassessBody screening={formScope<ReassessForm>(form).field('screening')} instrument={instrument} />}
        </ClientFormModal>
      )}
    </TitledSection>
  );
}
