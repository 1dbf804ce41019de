import { Badge, Text } from '@mantine/core';
import type { StandingStatus } from '../../../../electron/api/contactStandards/contactStandardsWire';
import { formatDate } from '../clients/formatClient';

const STANDING: Record<StandingStatus, { label: string; color: string }> = {
  met: { label: 'Met', color: 'green' },
  due_soon: { label: 'Due soon', color: 'yellow' },
  overdue: { label: 'Overdue', color: 'red' },
};

export const standingLabel = (status: StandingStatus) => STANDING[status].label;

/** Where a client stands against the contact standards, and when the next contact is due; a dash where they do not apply. */
export function StandingBadge({ standing }: { standing: { status: StandingStatus; nextDueOn: string | null } | null }) {
  if (!standing) return <Text c="dimmed">–</Text>;
  const { label, color } = STANDING[standing.status];
  return (
    <>
      <Badge color={color}>{label}</Badge>
      {standing.nextDueOn && (
        <Text size="xs" c="dimmed">
          {standing.status === 'overdue' ? 'was due' : 'due'} {formatDate(standing.nextDueOn)}
        </Text>
      )}
    </>
  );
}
