import { Anchor, Badge, Card, List, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCourtDates } from '../../api/insights';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';

const REPORT_TYPES: Record<string, string> = { psi: 'Pre-sentence investigation', progress: 'Progress report', violation: 'Violation report', termination: 'Termination report' };

/** The officer's court reports due (overdue first) and hearings in the next 30 days, on the home page. */
export function CourtDatesCard() {
  const dates = useCourtDates();
  const data = dates.data;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-court-dates">
      <Title order={2} size="h4" mb="xs" id="home-court-dates">
        Court dates
      </Title>
      <ErrorAlert error={dates.error} />
      {data && (
        <>
          <Title order={3} size="h6">
            Reports due to the court
          </Title>
          {data.reportsDue.length === 0 ? (
            <Text size="sm">No report with a due date is waiting.</Text>
          ) : (
            <List size="sm" spacing={4} mb="sm">
              {data.reportsDue.map((r) => (
                <List.Item key={r.reportId}>
                  <Anchor component={Link} to={paths.courtReport(r.reportId)}>
                    {REPORT_TYPES[r.reportType] ?? r.reportType} for {r.clientName}
                  </Anchor>{' '}
                  due {r.courtDueDate}{' '}
                  {r.overdue && (
                    <Badge color="red" size="sm">
                      Overdue
                    </Badge>
                  )}
                </List.Item>
              ))}
            </List>
          )}
          <Title order={3} size="h6">
            Hearings in the next 30 days
          </Title>
          {data.hearings.length === 0 ? (
            <Text size="sm">No hearing scheduled.</Text>
          ) : (
            <List size="sm" spacing={4}>
              {data.hearings.map((h) => (
                <List.Item key={h.id}>
                  {h.startLocal.replace('T', ' ')} · {h.clientName ?? h.title} {h.court && `· ${h.court}`}
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Card>
  );
}
