import { Anchor, Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useInsights, useMonthlyReport } from '../../api/insights';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { saveBinaryFile } from '../../components/saveBinaryFile';
import { FigureCard } from './FigureCard';
import { InsightsFilters } from './InsightsFilters';
import { INSIGHTS_SCOPE_LABELS, useInsightsFilter } from './useInsightsFilter';

/** The month's figures as Word or CSV, for the courts and the state agency. */
function MonthlyReportExport({ scope, officerId }: { scope: 'mine' | 'team' | 'office'; officerId: number | null }) {
  const [month, setMonth] = useState(dayjs().subtract(1, 'month').format('YYYY-MM'));
  const exportReport = useMonthlyReport();
  const run = (format: 'docx' | 'csv') => exportReport.mutate({ filter: { scope, officerId }, month, format }, { onSuccess: saveBinaryFile });
  return (
    <>
      <Group align="flex-end">
        <TextInput type="month" label="Monthly statistics for" value={month} onChange={(e) => setMonth(e.currentTarget.value)} />
        <Button variant="default" onClick={() => run('docx')} loading={exportReport.isPending && exportReport.variables?.format === 'docx'}>
          Word report
        </Button>
        <Button variant="default" onClick={() => run('csv')} loading={exportReport.isPending && exportReport.variables?.format === 'csv'}>
          CSV
        </Button>
      </Group>
      <ErrorAlert error={exportReport.error} />
    </>
  );
}

/** How a caseload, a team or the office is doing: every figure as a chart with its table, each number leading to its clients. */
export function InsightsPage() {
  const { filter, update } = useInsightsFilter();
  const page = useInsights(filter);
  return (
    <>
      <PageHeader
        title="Insights"
        description={`${INSIGHTS_SCOPE_LABELS[filter.scope]} · ${filter.from} to ${filter.to}`}
        actions={
          <Anchor component={Link} to={paths.opportunities}>
            Early-discharge opportunities
          </Anchor>
        }
      />
      <InsightsFilters filter={filter} officers={page.data?.officers ?? []} onChange={update} />
      <ErrorAlert error={page.error} />
      {page.isPending ? (
        <PageLoader />
      ) : (
        page.data && (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            {page.data.figures.map((figure) => (
              <FigureCard key={figure.id} figure={figure} filter={filter} />
            ))}
          </SimpleGrid>
        )
      )}
      <Group mt="xl">
        <MonthlyReportExport scope={filter.scope} officerId={filter.officerId} />
      </Group>
    </>
  );
}
