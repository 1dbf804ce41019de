import { Anchor, Badge, Table } from '@mantine/core';
import { Link } from 'react-router';
import { REPORT_STATUS_LABELS, REPORT_TYPE_LABELS } from '../../../../electron/api/courtReports/courtReportsSchemas';
import type { CourtReportSummary } from '../../api/courtReports';
import { paths } from '../../app/paths';
import { RecordTable } from '../../components/RecordTable';
import { formatDate } from '../clients/formatClient';

const STATUS_COLOURS = { draft: 'gray', submitted: 'blue', returned: 'orange', approved: 'green', exported: 'teal' } as const;

export const ReportStatusBadge = ({ status }: { status: CourtReportSummary['status'] }) => (
  <Badge color={STATUS_COLOURS[status]} variant="light">
    {REPORT_STATUS_LABELS[status]}
  </Badge>
);

/** Reports as a table, each opening in the editor; `showClient` for lists that span clients. */
export function ReportListTable({ label, reports, showClient = false, emptyText }: { label: string; reports: CourtReportSummary[]; showClient?: boolean; emptyText: string }) {
  const columns = ['Report', ...(showClient ? ['Client'] : []), 'Status', 'Due to court', 'Author', 'Created'];
  return (
    <RecordTable label={label} columns={columns} rows={reports} emptyText={emptyText} minWidth={640}>
      {(report) => (
        <Table.Tr key={report.id}>
          <Table.Td>
            <Anchor component={Link} to={paths.courtReport(report.id)}>
              {REPORT_TYPE_LABELS[report.reportType]}
              {report.version > 1 ? ` (v${report.version})` : ''}
            </Anchor>
          </Table.Td>
          {showClient && (
            <Table.Td>
              {report.clientName} · {report.caseNumber}
            </Table.Td>
          )}
          <Table.Td>
            <ReportStatusBadge status={report.status} />
          </Table.Td>
          <Table.Td>{formatDate(report.courtDueDate)}</Table.Td>
          <Table.Td>{report.authorName}</Table.Td>
          <Table.Td>{formatDate(report.createdAt.slice(0, 10))}</Table.Td>
        </Table.Tr>
      )}
    </RecordTable>
  );
}
