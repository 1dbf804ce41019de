import { Badge, Group, Stack, Text } from '@mantine/core';
import { formatLocalTime } from '../../components/formatTime';
import type { UserSummary } from './userDialogs';

export function UserStatus({ user }: { user: UserSummary }) {
  return (
    <Stack gap={4}>
      <Group gap={6}>
        {user.active ? <Badge color="green">Active</Badge> : <Badge color="gray">Deactivated</Badge>}
        {user.locked && <Badge color="red">Locked</Badge>}
        {user.active && user.mustChangePassword && <Badge color="orange">Must change password</Badge>}
      </Group>
      {user.locked && user.lockedAt && <Text size="xs">Locked since {formatLocalTime(user.lockedAt)}</Text>}
    </Stack>
  );
}
