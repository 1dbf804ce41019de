import { Anchor, Button, Card, Group, List, Text } from '@mantine/core';
import { useNavigate, Link } from 'react-router';
import type { Opportunity } from '../../api/insights';
import { useStartTermination } from '../../api/insights';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LEVEL_LABELS } from '../clients/clientLabels';

/** The criteria as plain lines, for the reassessment's reason. */
const factsText = (opportunity: Opportunity) => opportunity.criteria.map((c) => `${c.label}: ${c.met ? 'met' : 'not met'} (${c.detail}).`).join(' ');

/** One client weighed against the criteria, line by line, with what to start from here. */
export function OpportunityCard({ opportunity, kind }: { opportunity: Opportunity; kind: 'earlyDischarge' | 'lowerLevel' }) {
  const { client } = opportunity;
  const navigate = useNavigate();
  const start = useStartTermination();
  const name = `${client.firstName} ${client.lastName}`;
  const reassess = `${paths.client(client.id)}?${new URLSearchParams({ tab: 'assessments', reassess: factsText(opportunity) })}`;
  return (
    <Card withBorder padding="md" component="article" aria-label={name}>
      <Group justify="space-between" mb="xs">
        <div>
          <Anchor component={Link} to={paths.client(client.id)} fw={700}>
            {name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {client.caseNumber} · {LEVEL_LABELS[client.supervisionLevel]} · {client.officerName} · since {client.supervisionStartDate}
          </Text>
        </div>
        <Text fw={700} c={opportunity.eligible ? 'teal.9' : 'red.9'}>
          {opportunity.eligible ? 'Meets every criterion' : 'One criterion missed'}
        </Text>
      </Group>
      <List spacing={4} size="sm" aria-label={`Criteria for ${name}`}>
        {opportunity.criteria.map((c) => (
          <List.Item key={c.criterion}>
            <Text span fw={700} c={c.met ? 'teal.9' : 'red.9'}>
              {c.met ? 'Met' : 'Missed'}:
            </Text>{' '}
            {c.label} — {c.detail}
          </List.Item>
        ))}
      </List>
      <Group mt="sm">
        {kind === 'earlyDischarge' && (
          <Button size="xs" loading={start.isPending} onClick={() => start.mutate({ clientId: client.id }, { onSuccess: (report) => void navigate(paths.courtReport(report.id)) })}>
            Start termination report
          </Button>
        )}
        <Button size="xs" variant="default" component={Link} to={reassess}>
          Start reassessment
        </Button>
      </Group>
      <ErrorAlert error={start.error} />
    </Card>
  );
}
