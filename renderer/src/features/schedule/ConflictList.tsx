import { Alert, List } from '@mantine/core';
import type { ChannelOutput } from '../../../../electron/api/contract';

type Conflict = Extract<ChannelOutput<'appointments.create'>, { saved: false }>['officerConflicts'][number];

/** The officer's double-bookings the host found, before anything is saved. */
export function ConflictList({ conflicts }: { conflicts: Conflict[] }) {
  return (
    <Alert color="orange" title="The officer is already booked at this time" role="alert">
      <List size="sm" spacing={4}>
        {conflicts.map((conflict) => (
          <List.Item key={`${conflict.appointment.id}-${conflict.overlapsLocal}`}>{conflict.message}</List.Item>
        ))}
      </List>
      Save with “Book anyway” to double-book, or change the time.
    </Alert>
  );
}
