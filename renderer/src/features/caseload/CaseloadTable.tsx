import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { ChannelOutput } from '../../../../electron/api/contract';
import type { CaseloadInput } from '../../../../electron/api/clients/clientsSchemas';
import { paths } from '../../app/paths';
import { LEVEL_LABELS } from '../clients/clientLabels';
import { formatDate, listName } from '../clients/formatClient';
import { StatusBadge } from '../clients/StatusBadge';
import { SortableHeader } from './SortableHeader';
import { SmallButton } from '../../components/SmallButton';
import { StandingBadge } from '../schedule/StandingBadge';
import { TableScroller } from '../../components/TableScroller';

export type CaseloadRow = ChannelOutput<'clients.caseload'>['rows'][number];
type Sort = CaseloadInput['sort'];

interface CaseloadTableProps {
  rows: CaseloadRow[];
  sort: Sort;
  direction: CaseloadInput['direction'];
  onSort: (sort: Sort, direction: CaseloadInput['direction']) => void;
  /** Records a contact with the client without opening their record. */
  onNewContact: (row: CaseloadRow) => void;
  /** Supervisors and administrators transfer clients from the list; null hides the action. */
  onTransfer: ((row: CaseloadRow) => void) | null;
  /** True while the next page loads (the previous one stays on screen). */
  busy: boolean;
  /** Whether a search or filter narrows the list, which decides what an empty list says. */
  narrowed: boolean;
}

const COLUMNS: [Sort, string][] = [
  ['name', 'Name'],
  ['caseNumber', 'Case number'],
  ['status', 'Status'],
  ['level', 'Level'],
  ['officer', 'Officer'],
  ['startDate', 'Start date'],
];

export function CaseloadTable({ rows, sort, direction, onSort, onNewContact, onTransfer, busy, narrowed }: CaseloadTableProps) {
  const navigate = useNavigate();
  return (
    <TableScroller label="Clients" minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="Clients" aria-busy={busy}>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map(([column, label]) => (
              <SortableHeader key={column} column={column} sort={sort} direction={direction} onSort={onSort}>
                {label}
              </SortableHeader>
            ))}
            <Table.Th>Contact standards</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS.length + 1}>
                <Text>{narrowed ? 'No clients match. Clear the search or filters to see more.' : 'No clients here yet. A new intake adds the first one.'}</Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((row) => (
            // The name is the link for keyboard and screen-reader users; the whole row is a larger target for the mouse.
            <Table.Tr key={row.id} onClick={() => void navigate(paths.client(row.id))} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={paths.client(row.id)} fw={600} onClick={(event) => event.stopPropagation()}>
                    {listName(row)}
                  </Anchor>
                  {row.hasSafetyAlerts && (
                    <Badge color="red" size="sm">
                      Alert
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  Born {formatDate(row.dateOfBirth)}
                </Text>
              </Table.Td>
              <Table.Td>{row.caseNumber}</Table.Td>
              <Table.Td>
                <StatusBadge status={row.status} />
              </Table.Td>
              <Table.Td>{LEVEL_LABELS[row.supervisionLevel]}</Table.Td>
              <Table.Td>{row.assignedOfficerName}</Table.Td>
              <Table.Td>{formatDate(row.supervisionStartDate)}</Table.Td>
              <Table.Td>
                <StandingBadge standing={row.contactStatus} />
              </Table.Td>
              <Table.Td onClick={(event) => event.stopPropagation()}>
                <Group gap={4} wrap="nowrap">
                  <SmallButton aria-label={`New contact with ${listName(row)}`} onClick={() => onNewContact(row)}>
                    New contact
                  </SmallButton>
                  {onTransfer && (
                    <SmallButton aria-label={`Transfer ${listName(row)}`} onClick={() => onTransfer(row)}>
                      Transfer
                    </SmallButton>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
