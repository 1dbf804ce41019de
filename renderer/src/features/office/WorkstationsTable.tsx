import { Badge, Button, Table, Text } from '@mantine/core';
import type { WorkstationListItem } from '../../../../electron/api/office/officeWire';
import { formatLocalTime } from '../../components/formatTime';
import { TableScroller } from '../../components/TableScroller';

function WorkstationStatus({ workstation }: { workstation: WorkstationListItem }) {
  if (workstation.revokedAt)
    return (
      <>
        <Badge color="red">Revoked</Badge>
        <Text size="xs">on {formatLocalTime(workstation.revokedAt)}</Text>
      </>
    );
  return workstation.lastContactAt ? <Badge color="green">Enrolled</Badge> : <Badge color="gray">Not connected yet</Badge>;
}

interface WorkstationsTableProps {
  workstations: WorkstationListItem[];
  onRevoke: (workstation: WorkstationListItem) => void;
}

export function WorkstationsTable({ workstations, onRevoke }: WorkstationsTableProps) {
  if (workstations.length === 0) return <Text>No workstation is enrolled yet. Make an enrollment code for the first one.</Text>;
  return (
    <TableScroller label="Enrolled workstations" minWidth={760}>
      <Table striped verticalSpacing="sm" aria-label="Enrolled workstations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Workstation</Table.Th>
            <Table.Th>Enrolled</Table.Th>
            <Table.Th>Last contact</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workstations.map((workstation) => (
            <Table.Tr key={workstation.id}>
              <Table.Td>
                <Text fw={600}>{workstation.name}</Text>
              </Table.Td>
              <Table.Td>
                {formatLocalTime(workstation.enrolledAt)}
                {workstation.enrolledByName && <Text size="sm">code made by {workstation.enrolledByName}</Text>}
              </Table.Td>
              <Table.Td>{workstation.lastContactAt ? formatLocalTime(workstation.lastContactAt) : 'Never'}</Table.Td>
              <Table.Td>
                <WorkstationStatus workstation={workstation} />
              </Table.Td>
              <Table.Td>
                {!workstation.revokedAt && (
                  <Button size="xs" variant="light" color="red" onClick={() => onRevoke(workstation)} aria-label={`Revoke ${workstation.name}`}>
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
