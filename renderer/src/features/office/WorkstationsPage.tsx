import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import type { WorkstationListItem } from '../../../../electron/api/office/officeWire';
import { useOfficeMode, useSealHost, useWorkstations } from '../../api/office';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { EnrollmentCodeModal } from './EnrollmentCodeModal';
import { RevokeWorkstationModal } from './RevokeWorkstationModal';
import { WorkstationsTable } from './WorkstationsTable';

/** A standalone office has no host: how IT sets one up, in words (README, "Office network mode"). */
function StandaloneOffice() {
  return (
    <Alert color="blue" title="This office is standalone">
      <Text>This computer holds the office&apos;s records itself; no other workstation connects to it. To share one office between several workstations:</Text>
      <List type="ordered" mt="xs">
        <List.Item>On the machine that will hold the records, close the app and start the office host on this data folder (npm run host).</List.Item>
        <List.Item>
          Make an enrollment code for each workstation at the host&apos;s console, and enroll each one with it (npm run enroll), comparing the host fingerprint.
        </List.Item>
        <List.Item>Then this page, opened on the host&apos;s workstations, lists them and revokes a lost one.</List.Item>
      </List>
      <Text mt="xs">The README&apos;s &quot;Office network mode&quot; section has every step for IT.</Text>
    </Alert>
  );
}

function SealHostModal({ onClose }: { onClose: () => void }) {
  const seal = useSealHost();
  return (
    <ConfirmModal
      opened
      title="Seal the office host?"
      confirmLabel="Seal"
      confirmColor="red"
      pending={seal.isPending}
      error={seal.error}
      onConfirm={() => seal.mutate({})}
      onClose={onClose}
    >
      <Text>Every session on every workstation ends, yours too, and the host drops the database key. The next sign-in from any workstation unseals it again.</Text>
    </ConfirmModal>
  );
}

type Dialog = { kind: 'code' } | { kind: 'seal' } | { kind: 'revoke'; workstation: WorkstationListItem };

export function WorkstationsPage() {
  const mode = useOfficeMode();
  const isHost = mode.data?.mode === 'host';
  const workstations = useWorkstations();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  return (
    <>
      <PageHeader
        title="Workstations"
        description="The computers enrolled with this office host, each with its own certificate. Revoke a lost or retired one: the host refuses it at once."
        actions={
          isHost && (
            <Group>
              <Button variant="default" onClick={() => setDialog({ kind: 'seal' })}>
                Seal the host
              </Button>
              <Button onClick={() => setDialog({ kind: 'code' })}>New enrollment code</Button>
            </Group>
          )
        }
      />
      <ErrorAlert error={mode.error ?? workstations.error} />
      {(mode.isPending || workstations.isPending) && <PageLoader />}
      {mode.data?.mode === 'standalone' && <StandaloneOffice />}
      {isHost && workstations.data && <WorkstationsTable workstations={workstations.data} onRevoke={(workstation) => setDialog({ kind: 'revoke', workstation })} />}
      {dialog?.kind === 'code' && <EnrollmentCodeModal onClose={close} />}
      {dialog?.kind === 'seal' && <SealHostModal onClose={close} />}
      {dialog?.kind === 'revoke' && <RevokeWorkstationModal workstation={dialog.workstation} onClose={close} />}
    </>
  );
}
