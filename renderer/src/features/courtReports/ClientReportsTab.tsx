import { useState } from 'react';
import { useClientReports } from '../../api/courtReports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { SmallButton } from '../../components/SmallButton';
import { TitledSection } from '../../components/TitledSection';
import type { ClientProfile } from '../clients/profileTypes';
import { NewReportModal } from './NewReportModal';
import { ReportListTable } from './ReportListTable';

/** The client's court reports, every version, newest first; a new one starts pre-filled from the record. */
export function ClientReportsTab({ profile }: { profile: ClientProfile }) {
  const { client } = profile;
  const reports = useClientReports(client.id);
  const [creating, setCreating] = useState(false);
  return (
    <TitledSection title="Court reports" actions={<SmallButton onClick={() => setCreating(true)}>New report</SmallButton>}>
      <ErrorAlert error={reports.error} />
      {reports.isPending && <PageLoader />}
      {reports.data && <ReportListTable label="Court reports" reports={reports.data} emptyText="No court reports yet." />}
      {creating && <NewReportModal clientId={client.id} supervisionStartDate={client.supervisionStartDate} onClose={() => setCreating(false)} />}
    </TitledSection>
  );
}
