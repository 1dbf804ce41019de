import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNotes } from '../../api/caseNotes';
import { useDrugTests } from '../../api/drugTests';
import { useDirectory } from '../../api/users';
import { useViolations, type ViolationWithResponses } from '../../api/violations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { SmallButton } from '../../components/SmallButton';
import { TitledSection } from '../../components/TitledSection';
import { userNameOf } from '../clients/officerOptions';
import type { ClientProfile } from '../clients/profileTypes';
import { conditionLabel } from './conditionLabel';
import { drugTestOptions, noteOptions } from './linkOptions';
import { ViolationCard, type ViolationAction } from './ViolationCard';
import { EditViolationModal, NewViolationModal, ResponseModal } from './ViolationFormModals';

type ViolationDialog = { action: 'new' } | { action: ViolationAction; violation: ViolationWithResponses };

/** Labels for ids, from the same choices the violation form offers. */
const labelsOf = (options: { value: string; label: string }[], ids: number[]) => ids.map((id) => options.find((option) => option.value === String(id))?.label ?? '');

function summary(violations: ViolationWithResponses[]) {
  const open = violations.filter((violation) => violation.status === 'open').length;
  return `${violations.length} violation${violations.length === 1 ? '' : 's'} recorded; ${open} without a response.`;
}

/** The client's history of violations and what was done about each, newest first. */
export function ViolationsTab({ profile }: { profile: ClientProfile }) {
  const { client, conditions } = profile;
  const violations = useViolations(client.id);
  const notes = useNotes({ clientId: client.id }).data?.rows ?? [];
  const tests = useDrugTests(client.id).data ?? [];
  const nameOf = userNameOf(useDirectory().data);
  const [dialog, setDialog] = useState<ViolationDialog | null>(null);
  const close = () => setDialog(null);
  const conditionText = (id: number | null) => {
    const index = conditions.findIndex((condition) => condition.id === id);
    return index < 0 ? '' : conditionLabel(conditions[index], index);
  };

  return (
    <TitledSection title="Violations and responses" actions={<SmallButton onClick={() => setDialog({ action: 'new' })}>Record violation</SmallButton>}>
      <ErrorAlert error={violations.error} />
      {violations.isPending && <PageLoader />}
      {violations.data && (
        <Stack>
          <Text>{violations.data.length ? summary(violations.data) : 'No violations recorded.'}</Text>
          {violations.data.map((violation) => (
            <ViolationCard
              key={violation.id}
              violation={violation}
              condition={conditionText(violation.conditionId)}
              linkLabels={{
                notes: labelsOf(noteOptions(notes, violation.noteIds), violation.noteIds),
                tests: labelsOf(drugTestOptions(tests, violation.drugTestIds), violation.drugTestIds),
              }}
              nameOf={nameOf}
              onAction={(action) => setDialog({ action, violation })}
            />
          ))}
        </Stack>
      )}
      {dialog?.action === 'new' && <NewViolationModal clientId={client.id} conditions={conditions} onClose={close} />}
      {dialog?.action === 'edit' && <EditViolationModal violation={dialog.violation} conditions={conditions} onClose={close} />}
      {dialog?.action === 'respond' && <ResponseModal violation={dialog.violation} onClose={close} />}
    </TitledSection>
  );
}
