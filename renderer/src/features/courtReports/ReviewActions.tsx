import { Button } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useExportCourtReport, useReportChange, type CourtReportDetail } from '../../api/courtReports';
import { useActiveSession } from '../../app/ActiveSession';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { ReturnReportModal } from './ReturnReportModal';

/** The steps after submission, offered to whoever may take them: review by another supervisor, then export and new versions. */
export function ReviewActions({ report }: { report: CourtReportDetail }) {
  const { user } = useActiveSession();
  const navigate = useNavigate();
  const approve = useReportChange('courtReports.approve');
  const newVersion = useReportChange('courtReports.newVersion');
  const exportReport = useExportCourtReport();
  const [returning, setReturning] = useState(false);
  const reviewer = report.status === 'submitted' && user.role !== 'officer' && report.authorId !== user.id;
  const approved = report.status === 'approved' || report.status === 'exported';
  const latest = report.versions.at(-1)?.id === report.id;
  const error = approve.error ?? newVersion.error ?? exportReport.error;
  return (
    <>
      {reviewer && (
        <>
          <Button variant="default" onClick={() => setReturning(true)}>
            Return with comments
          </Button>
          <Button loading={approve.isPending} onClick={() => approve.mutate({ reportId: report.id, comment: '' }, { onSuccess: () => notifySuccess('Report approved.') })}>
            Approve
          </Button>
        </>
      )}
      {approved && (
        <Button
          loading={exportReport.isPending}
          onClick={() => exportReport.mutate({ reportId: report.id }, { onSuccess: (file) => notifySuccess(`Report exported as ${file.fileName}.`) })}
        >
          Export .docx
        </Button>
      )}
      {approved && latest && (
        <Button
          variant="default"
          loading={newVersion.isPending}
          onClick={() => newVersion.mutate({ reportId: report.id }, { onSuccess: (draft) => void navigate(paths.courtReport(draft.id)) })}
        >
          New version
        </Button>
      )}
      {error && <ErrorAlert error={error} />}
      {returning && <ReturnReportModal reportId={report.id} onClose={() => setReturning(false)} />}
    </>
  );
}
