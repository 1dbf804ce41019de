import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { REPORT_TYPE_LABELS } from '../../../../electron/api/courtReports/courtReportsSchemas';
import { useCourtReport, type CourtReportDetail } from '../../api/courtReports';
import { useActiveSession } from '../../app/ActiveSession';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { formatDate } from '../clients/formatClient';
import { DraftEditor } from './DraftEditor';
import { ReportStatusBadge } from './ReportListTable';
import { ReportSections } from './ReportSections';
import { ReviewActions } from './ReviewActions';

type ReviewComment = CourtReportDetail['reviewComments'][number];

const reviewTitle = (c: ReviewComment) => `${c.action === 'returned' ? 'Returned' : 'Approved'} by ${c.byName}, ${formatDate(c.at.slice(0, 10))}`;

/**
 * The review that stands: the last return while the report is back with its author, the approval once approved.
 * A resubmitted report has none; earlier reviews stay readable as history.
 */
function standingReview(report: CourtReportDetail): ReviewComment | null {
  const last = report.reviewComments.at(-1);
  if (!last) return null;
  if (report.status === 'returned') return last.action === 'returned' ? last : null;
  if (report.status === 'approved' || report.status === 'exported') return last.action === 'approved' ? last : null;
  return null;
}

function ReportFacts({ report }: { report: CourtReportDetail }) {
  const current = standingReview(report);
  const earlier = report.reviewComments.filter((c) => c !== current);
  return (
    <Stack gap="xs" mb="md">
      <Group gap="sm">
        <ReportStatusBadge status={report.status} />
        <Text size="sm">
          Version {report.version} · period {formatDate(report.periodStart)} to {formatDate(report.periodEnd)} · by {report.authorName}
          {report.approverName && ` · approved by ${report.approverName}`}
          {report.courtDueDate && ` · due to the court ${formatDate(report.courtDueDate)}`}
        </Text>
      </Group>
      {report.versions.length > 1 && (
        <Group gap="xs" aria-label="Versions">
          <Text size="sm">Versions:</Text>
          {report.versions.map((v) => (
            <Anchor key={v.id} component={Link} to={paths.courtReport(v.id)} size="sm" fw={v.id === report.id ? 700 : undefined}>
              v{v.version}
            </Anchor>
          ))}
        </Group>
      )}
      {current && (
        <Alert color={current.action === 'returned' ? 'orange' : 'green'} title={reviewTitle(current)}>
          {current.comment || 'No comment.'}
        </Alert>
      )}
      {earlier.length > 0 && (
        <Stack gap={2} component="section" aria-label="Earlier reviews">
          <Text size="sm" fw={600}>
            Earlier reviews
          </Text>
          {earlier.map((c) => (
            <Text key={c.at} size="sm" c="dimmed">
              {reviewTitle(c)}: {c.comment || 'No comment.'}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** A court report: its author edits the draft; reviewers, and everyone once it is approved, read it with the actions open to them. */
export function ReportEditorPage() {
  const reportId = Number(useParams().reportId);
  const { user } = useActiveSession();
  const report = useCourtReport(reportId);
  if (!report.data) {
    return (
      <>
        <PageHeader title="Court report" />
        <ErrorAlert error={report.error} />
        {report.isPending && <PageLoader />}
      </>
    );
  }
  const r = report.data;
  const editable = (r.status === 'draft' || r.status === 'returned') && r.authorId === user.id;
  return (
    <>
      <PageHeader
        title={`${REPORT_TYPE_LABELS[r.reportType]}: ${r.clientName}`}
        description={
          <Anchor component={Link} to={`${paths.client(r.clientId)}?tab=reports`}>
            {r.caseNumber}
          </Anchor>
        }
        actions={<ReviewActions report={r} />}
      />
      <ReportFacts report={r} />
      {editable ? <DraftEditor key={`${r.id}-${r.status}-${r.prefilledAt}`} report={r} /> : <ReportSections sections={r.sections} recommendation={r.recommendation} form={null} />}
    </>
  );
}
