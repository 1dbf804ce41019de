import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { REPORT_TYPE_LABELS } from '../../../../electron/api/courtReports/courtReportsSchemas';
import { useReviewQueue } from '../../api/reviews';
import { useActiveSession } from '../../app/ActiveSession';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TitledSection } from '../../components/TitledSection';
import { queuedNoteLabel, queueSummary } from './reviewLabels';

const SHOWN = 3;

/** Supervisors' and administrators' Home card: how much waits for their review, the oldest first, and the way to the queue. */
export function AwaitingReviewCard() {
  const { user } = useActiveSession();
  const reviewer = user.role !== 'officer';
  const queue = useReviewQueue(reviewer);
  if (!reviewer) return null;
  return (
    <TitledSection
      title="Awaiting my review"
      actions={
        <Button component={Link} to={paths.reviews} size="xs" variant="light">
          Open review queue
        </Button>
      }
    >
      <ErrorAlert error={queue.error} />
      {queue.data && (
        <Stack gap="xs">
          <Text fw={600}>{queueSummary(queue.data)}</Text>
          {queue.data.reports.slice(0, SHOWN).map((report) => (
            <Group key={`report-${report.id}`} gap="xs">
              <Anchor component={Link} to={paths.courtReport(report.id)}>
                {REPORT_TYPE_LABELS[report.reportType]}: {report.clientName}
              </Anchor>
              <Text size="sm" c="dimmed">
                by {report.authorName}
              </Text>
            </Group>
          ))}
          {queue.data.notes.slice(0, SHOWN).map((note) => (
            <Group key={`note-${note.id}`} gap="xs">
              <Anchor component={Link} to={`${paths.client(note.clientId)}?tab=contacts`}>
                {queuedNoteLabel(note)}: {note.clientName}
              </Anchor>
              <Text size="sm" c="dimmed">
                by {note.authorName}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </TitledSection>
  );
}
