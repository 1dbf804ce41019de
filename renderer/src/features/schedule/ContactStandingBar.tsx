import { Group, Text } from '@mantine/core';
import { useContactStanding } from '../../api/schedule';
import { formatDate } from '../clients/formatClient';
import { StandingBadge } from './StandingBadge';

/** The client's standing against the contact standards, on the record header's summary line: what is missing and when it is due. */
export function ContactStandingBar({ clientId }: { clientId: number }) {
  const standing = useContactStanding(clientId).data;
  if (!standing) return null;
  return (
    <Group gap={6} wrap="wrap" component="section" aria-label="Contact standards">
      <Text size="sm" c="dimmed">
        Contact standards
      </Text>
      <StandingBadge standing={{ status: standing.status, nextDueOn: null }} />
      <Text size="sm">{standing.nextDueOn ? `Next contact due ${formatDate(standing.nextDueOn)}` : 'Nothing falls due'}</Text>
      {standing.todo.length > 0 && (
        <Text size="sm" c="dimmed">
          {standing.todo.join('; ')}
        </Text>
      )}
    </Group>
  );
}
