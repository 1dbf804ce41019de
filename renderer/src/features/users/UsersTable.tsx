import { Table, Text } from '@mantine/core';
import { formatLocalTime } from '../../components/formatTime';
import { ROLE_LABELS } from './roleLabels';
import { UserActionsMenu } from './UserActionsMenu';
import type { UserActionKind, UserSummary } from './userDialogs';
import { UserStatus } from './UserStatus';
import { TableScroller } from '../../components/TableScroller';

interface UsersTableProps {
  users: UserSummary[];
  currentUserId: number;
  onAction: (kind: UserActionKind, user: UserSummary) => void;
}

export function UsersTable({ users, currentUserId, onAction }: UsersTableProps) {
  const names = new Map(users.map((user) => [user.id, user.fullName]));
  return (
    <TableScroller label="User accounts" minWidth={860}>
      <Table striped verticalSpacing="sm" aria-label="User accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Username</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Supervisor</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Last sign-in</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Text fw={600}>{user.fullName}</Text>
                {user.title && <Text size="sm">{user.title}</Text>}
              </Table.Td>
              <Table.Td>{user.username}</Table.Td>
              <Table.Td>{ROLE_LABELS[user.role]}</Table.Td>
              <Table.Td>{user.supervisorId === null ? '—' : (names.get(user.supervisorId) ?? `#${user.supervisorId}`)}</Table.Td>
              <Table.Td>
                <UserStatus user={user} />
              </Table.Td>
              <Table.Td>{user.lastLoginAt ? formatLocalTime(user.lastLoginAt) : 'Never'}</Table.Td>
              <Table.Td>
                <UserActionsMenu user={user} isSelf={user.id === currentUserId} onAction={(kind) => onAction(kind, user)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
