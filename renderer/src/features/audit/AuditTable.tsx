import { isVaultReported, VAULT_REPORTED_PREFIX } from '../../../../electron/api/audit/auditSchemas';
import { auditActionLabel } from '../../../../electron/api/audit/auditActions';
import { Badge, Table, Text } from '@mantine/core';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { formatLocalTime } from '../../components/formatTime';
import { TableScroller } from '../../components/TableScroller';

type AuditRow = ChannelOutput<'audit.list'>['rows'][number];

/** What the row is about: "client 187", or the kind alone when it names no one record. */
const recordOf = (row: AuditRow) => (row.entityId ? `${row.entity} ${row.entityId}` : row.entity);

/** Fits a 1280-pixel window beside the navigation without scrolling sideways: the time wraps under its date, the record is one column. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <TableScroller label="Audit log entries" minWidth={960}>
      <Table striped verticalSpacing="xs" aria-label="Audit log entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>User</Table.Th>
            <Table.Th>Workstation</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Record</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text>No audit entries match these filters.</Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td miw={110}>{formatLocalTime(row.ts, { seconds: true })}</Table.Td>
              <Table.Td>{row.username ?? 'System'}</Table.Td>
              <Table.Td>{row.workstation ?? '—'}</Table.Td>
              <Table.Td title={row.action} miw={150}>
                {auditActionLabel(row.action)}
              </Table.Td>
              <Table.Td>{recordOf(row)}</Table.Td>
              <Table.Td>
                {/* The badge sizes to its word: a narrow column must not cut "Success" to "SUCC…". */}
                <Badge color={row.outcome === 'success' ? 'green' : 'red'} style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
                  {row.outcome === 'success' ? 'Success' : 'Failure'}
                </Badge>
              </Table.Td>
              {/* Details hold unbroken runs (a filter as JSON, a file path): they wrap anywhere rather than run out of the cell. */}
              <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 220 }}>
                {isVaultReported(row.detail) ? (
                  <>
                    <Badge color="yellow" mr={6} title="Written to vault.json while the database was closed; anyone able to edit that file could have planted it.">
                      Unverified
                    </Badge>
                    {row.detail.slice(VAULT_REPORTED_PREFIX.length)}
                  </>
                ) : (
                  row.detail
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
