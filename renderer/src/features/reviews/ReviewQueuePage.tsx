import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useReviewQueue } from '../../api/reviews';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatLocalTime } from '../../components/formatTime';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { RecordTable } from '../../components/RecordTable';
import { TitledSection } from '../../components/TitledSection';
import { ReportListTable } from '../courtReports/ReportListTable';
import { queuedNoteLabel, queueSummary } from './reviewLabels';

const more = (shown: number, total: number, what: string) => (total > shown ? `The oldest ${shown} of ${total} ${what} are listed; review these first.` : null);

/** A supervisor's queue: submitted court reports and signed notes not yet reviewed, each list oldest first. */
export function ReviewQueuePage() {
  const queue = useReviewQueue();
  return (
    <>
      <PageHeader title="Review queue" description={queue.data ? queueSummary(queue.data) : 'Notes and court reports awaiting your review, oldest first.'} />
      <ErrorAlert error={queue.error} />
      {queue.isPending && <PageLoader />}
      {queue.data && (
        <Stack gap="lg">
          <TitledSection title="Court reports awaiting review">
            <ReportListTable label="Court reports awaiting review" reports={queue.data.reports} showClient emptyText="No reports are waiting for review." />
            <Text size="sm" c="dimmed">
              {more(queue.data.reports.length, queue.data.reportsTotal, 'reports')}
            </Text>
          </TitledSection>
          <TitledSection title="Notes awaiting review">
            <RecordTable
              label="Notes awaiting review"
              columns={['Contact', 'Client', 'Officer', 'Signed']}
              rows={queue.data.notes}
              emptyText="No signed notes are waiting for review."
              minWidth={640}
            >
              {(note) => (
                <Table.Tr key={note.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`${paths.client(note.clientId)}?tab=contacts`}>
                      {queuedNoteLabel(note)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {note.clientName} ({note.caseNumber})
                  </Table.Td>
                  <Table.Td>{note.authorName}</Table.Td>
                  <Table.Td>{formatLocalTime(note.signedAt)}</Table.Td>
                </Table.Tr>
              )}
            </RecordTable>
            <Text size="sm" c="dimmed">
              {more(queue.data.notes.length, queue.data.notesTotal, 'notes')}
            </Text>
          </TitledSection>
        </Stack>
      )}
    </>
  );
}
