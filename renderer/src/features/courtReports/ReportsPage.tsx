import { Stack } from '@mantine/core';
import { useOfficeReports } from '../../api/courtReports';
import { useActiveSession } from '../../app/ActiveSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { TitledSection } from '../../components/TitledSection';
import { ReportListTable } from './ReportListTable';

/** The office's reports: one's own, those waiting for one's review (supervisors), and what the court expects by when. */
export function ReportsPage() {
  const { user } = useActiveSession();
  const reports = useOfficeReports();
  return (
    <>
      <PageHeader title="Court reports" description="Start a report from the client's record, on its Court reports tab." />
      <ErrorAlert error={reports.error} />
      {reports.isPending && <PageLoader />}
      {reports.data && (
        <Stack>
          {user.role !== 'officer' && (
            <TitledSection title="Awaiting my review">
              <ReportListTable label="Awaiting my review" reports={reports.data.awaitingReview} showClient emptyText="No reports are waiting for review." />
            </TitledSection>
          )}
          <TitledSection title="Court due dates">
            <ReportListTable label="Court due dates" reports={reports.data.dueDates} showClient emptyText="No reports are due to the court." />
          </TitledSection>
          <TitledSection title="My reports">
            <ReportListTable label="My reports" reports={reports.data.mine} showClient emptyText="You have not written any reports yet." />
          </TitledSection>
        </Stack>
      )}
    </>
  );
}
