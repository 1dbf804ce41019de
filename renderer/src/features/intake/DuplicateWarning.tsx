import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordTable } from '../../components/RecordTable';
import { formatDate, listName } from '../clients/formatClient';
import { StatusBadge } from '../clients/StatusBadge';
import { SmallButton } from '../../components/SmallButton';

type DuplicateMatch = ChannelOutput<'clients.findDuplicates'>[number];

interface DuplicateWarningProps {
  matches: DuplicateMatch[];
  /** Why the last "Open existing record" failed (another officer's client, say). */
  openError: unknown;
  creating: boolean;
  onOpen: (clientId: number) => void;
  /** Carry on with a new client: continue the intake, or create it. */
  proceed: { label: string; onClick: () => void };
  closeLabel: string;
  onClose: () => void;
}

/** Existing clients who may be this person: open their record instead, or create a new one knowingly. */
export function DuplicateWarning({ matches, openError, creating, onOpen, proceed, closeLabel, onClose }: DuplicateWarningProps) {
  return (
    <Modal opened onClose={onClose} title="This person may already be a client" size="xl">
      <Stack>
        <Text>
          {matches.length === 1 ? 'An existing record matches' : `${matches.length} existing records match`} this intake. If it is the same person, open their record instead of
          creating a second one; your intake is kept in your drafts.
        </Text>
        <RecordTable label="Possible matches" columns={['Name', 'Date of birth', 'Case number', 'Officer', 'Why it matched', 'Record']} rows={matches} minWidth={700}>
          {(match) => (
            <Table.Tr key={match.id}>
              <Table.Td>
                <Text fw={600}>{listName(match)}</Text>
                <StatusBadge status={match.status} />
              </Table.Td>
              <Table.Td>{formatDate(match.dateOfBirth)}</Table.Td>
              <Table.Td>{match.caseNumber}</Table.Td>
              <Table.Td>{match.assignedOfficerName}</Table.Td>
              <Table.Td>{match.reasons.map((reason) => reason.description).join('; ')}</Table.Td>
              <Table.Td>
                <SmallButton onClick={() => onOpen(match.id)}>Open existing record</SmallButton>
              </Table.Td>
            </Table.Tr>
          )}
        </RecordTable>
        <ErrorAlert error={openError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {closeLabel}
          </Button>
          <Button color="orange" loading={creating} onClick={proceed.onClick}>
            {proceed.label}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
