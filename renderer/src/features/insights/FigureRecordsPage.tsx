import { Anchor, Table } from '@mantine/core';
import { useCurrency } from '../../api/settings';
import { Link, useSearchParams } from 'react-router';
import { FIGURE_IDS, type FigureId } from '../../../../electron/api/insights/insightsSchemas';
import { formatFigureValue } from '../../../../electron/api/insights/insightsSchemas';
import { useFigureRecords } from '../../api/insights';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { RecordTable } from '../../components/RecordTable';
import { LEVEL_LABELS, STATUS_LABELS } from '../clients/clientLabels';
import { filterParams, useInsightsFilter } from './useInsightsFilter';

/** The clients behind one number of a figure, each opening their record. */
export function FigureRecordsPage() {
  const { filter } = useInsightsFilter();
  const currency = useCurrency();
  const [params] = useSearchParams();
  const figure = params.get('figure');
  const row = params.get('row');
  const series = params.get('series');
  const valid = FIGURE_IDS.includes(figure as FigureId) && row && series;
  const records = useFigureRecords(valid ? { filter, figure: figure as FigureId, row, series } : null);
  const data = records.data;
  return (
    <>
      <PageHeader
        title={data ? `${data.title} · ${data.series}` : 'Clients behind a figure'}
        description={`${filter.from} to ${filter.to}${data ? ` · ${data.rows.length} client(s)` : ''}`}
        actions={
          <Anchor component={Link} to={`${paths.insights}?${filterParams(filter)}`}>
            Back to insights
          </Anchor>
        }
      />
      {!valid && <ErrorAlert error="This link does not name a figure. Open a number from the insights page." />}
      <ErrorAlert error={records.error} />
      {valid && records.isPending && <PageLoader />}
      {data && (
        <RecordTable label="Clients behind the figure" columns={['Client', 'Case number', 'Officer', 'Status', 'Level', 'Records', 'Amount']} rows={data.rows} minWidth={760}>
          {(r) => (
            <Table.Tr key={r.client.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.client(r.client.id)}>
                  {r.client.lastName}, {r.client.firstName}
                </Anchor>
              </Table.Td>
              <Table.Td>{r.client.caseNumber}</Table.Td>
              <Table.Td>{r.client.officerName}</Table.Td>
              <Table.Td>{STATUS_LABELS[r.client.status]}</Table.Td>
              <Table.Td>{LEVEL_LABELS[r.client.supervisionLevel]}</Table.Td>
              <Table.Td>{r.records}</Table.Td>
              <Table.Td>{formatFigureValue(r.amount, data.unit === 'percent' ? 'count' : data.unit, currency)}</Table.Td>
            </Table.Tr>
          )}
        </RecordTable>
      )}
    </>
  );
}
