import { Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ClientStatus } from '../../../../../electron/api/clients/clientsCodes';
import { NEXT_STATUSES } from '../../../../../electron/api/clients/clientsSchemas';
import { today } from '../../../../../electron/api/shared/fieldSchemas';
import { useDirectory } from '../../../api/users';
import { useActiveSession } from '../../../app/ActiveSession';
import { FactList } from '../../../components/FactList';
import { RecordTable } from '../../../components/RecordTable';
import { formatLocalTime } from '../../../components/formatTime';
import { CLOSURE_REASON_LABELS, optionsOf, STATUS_LABELS } from '../clientLabels';
import { ClientFormModal } from '../dialogs/ClientFormModal';
import { TransferModal } from '../dialogs/TransferModal';
import { formatDate, fullName } from '../formatClient';
import { userNameOf } from '../officerOptions';
import type { ClientProfile } from '../profileTypes';
import { StatusBadge } from '../StatusBadge';
import { TitledSection } from '../../../components/TitledSection';
import { SmallButton } from '../../../components/SmallButton';

const CLOSURE_OPTIONS = optionsOf(CLOSURE_REASON_LABELS);

type StatusDialog = 'change' | 'reopen' | 'transfer';

/** Where the case stands, how it got there, and the changes the host allows from here. */
export function StatusTab({ profile }: { profile: ClientProfile }) {
  const { user } = useActiveSession();
  const { client, statusHistory } = profile;
  const directory = useDirectory();
  const [dialog, setDialog] = useState<StatusDialog | null>(null);
  const close = () => setDialog(null);
  const supervises = user.role !== 'officer';
  const changedBy = userNameOf(directory.data);
  const nextStatuses = NEXT_STATUSES[client.status];

  return (
    <Stack>
      <TitledSection
        title="Current status"
        actions={
          <>
            {nextStatuses.length > 0 && <SmallButton onClick={() => setDialog('change')}>Change status</SmallButton>}
            {client.status === 'closed' && supervises && <SmallButton onClick={() => setDialog('reopen')}>Reopen case</SmallButton>}
            {supervises && <SmallButton onClick={() => setDialog('transfer')}>Transfer to another officer</SmallButton>}
          </>
        }
      >
        <FactList
          facts={[
            ['Status', <StatusBadge key="status" status={client.status} />],
            ['Closed on', formatDate(client.closedOn)],
            ['Closure reason', client.closureReason && CLOSURE_REASON_LABELS[client.closureReason]],
            ['Assigned officer', client.assignedOfficerName],
          ]}
        />
        {client.status === 'closed' && !supervises && <Text mt="sm">This case is closed. A supervisor or administrator can reopen it.</Text>}
      </TitledSection>
      <TitledSection title="Status history">
        <RecordTable label="Status history" columns={['Effective', 'Change', 'Reason', 'Recorded by']} rows={statusHistory}>
          {(row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{formatDate(row.effectiveDate)}</Table.Td>
              <Table.Td>
                {row.fromStatus ? `${STATUS_LABELS[row.fromStatus]} → ${STATUS_LABELS[row.toStatus]}` : `Started as ${STATUS_LABELS[row.toStatus].toLowerCase()}`}
              </Table.Td>
              <Table.Td>{row.reason}</Table.Td>
              <Table.Td>
                {changedBy(row.changedBy)}, {formatLocalTime(row.changedAt)}
              </Table.Td>
            </Table.Tr>
          )}
        </RecordTable>
      </TitledSection>

      {dialog === 'change' && (
        <ClientFormModal
          channel="clients.setStatus"
          title="Change status"
          submitLabel="Change status"
          initialValues={{ clientId: client.id, status: null as ClientStatus | null, effectiveDate: today(), reason: '', closureReason: null as string | null }}
          savedMessage={(row) => `The client is now ${STATUS_LABELS[row.toStatus].toLowerCase()}.`}
          onClose={close}
        >
          {(form) => (
            <Stack>
              <Text>
                Now <strong>{STATUS_LABELS[client.status].toLowerCase()}</strong>; from here the status can become:{' '}
                {nextStatuses.map((status) => STATUS_LABELS[status].toLowerCase()).join(', ')}.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label="New status"
                  data={nextStatuses.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
                  allowDeselect={false}
                  placeholder="Choose…"
                  data-autofocus
                  {...form.getInputProps('status')}
                />
                <TextInput label="Effective date" type="date" {...form.getInputProps('effectiveDate')} />
              </SimpleGrid>
              {form.values.status === 'closed' && (
                <Select label="Closure reason" data={CLOSURE_OPTIONS} allowDeselect={false} placeholder="Choose…" withAsterisk {...form.getInputProps('closureReason')} />
              )}
              <Textarea label="Reason" description="What happened: the warrant, the arrest, the discharge order…" autosize minRows={2} {...form.getInputProps('reason')} />
            </Stack>
          )}
        </ClientFormModal>
      )}
      {dialog === 'reopen' && (
        <ClientFormModal
          channel="clients.reopen"
          title="Reopen case"
          submitLabel="Reopen case"
          initialValues={{ clientId: client.id, effectiveDate: today(), reason: '' }}
          savedMessage="The case is open again; the client is active."
          onClose={close}
        >
          {(form) => (
            <Group grow align="flex-start">
              <TextInput label="Reopened on" type="date" {...form.getInputProps('effectiveDate')} />
              <Textarea label="Reason for reopening" autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
            </Group>
          )}
        </ClientFormModal>
      )}
      {dialog === 'transfer' && (
        <TransferModal
          client={{ id: client.id, name: fullName(client), assignedOfficerId: client.assignedOfficerId, assignedOfficerName: client.assignedOfficerName }}
          onClose={close}
        />
      )}
    </Stack>
  );
}
