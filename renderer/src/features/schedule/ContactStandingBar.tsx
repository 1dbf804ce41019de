import { Group, Paper, Text } from '@mantine/core';
import { useContactStanding } from '../../api/schedule';
import { formatDate } from '../clients/formatClient';
import { StandingBadge } from './StandingBadge';

/** The client's standing against the contact standards, in one line under the record's header: what is missing and when it is due. */
export function ContactStandingBar({ clientId }: { clientId: number }) {
  const standing = useContactStanding(clientId).data;
  if (!standing) return null;
  return (
    <Paper withBorder p="xs" mb="md" component="section" aria-label="Contact standards">
      <Group gap="md" wrap="wrap">
        <Text fw={600}>Contact standards</Text>
        <Group gap={6}>
          <StandingBadge standing={{ status: standing.status, nextDueOn: null }} />
        </Group>
        <Text>{standing.nextDueOn ? `Next contact due ${formatDate(standing.nextDueOn)}` : 'Nothing falls due'}</Text>
        {standing.todo.length > 0 && <Text c="dimmed">{standing.todo.join('; ')}</Text>}
      </Group>
    </Paper>
  );
}
