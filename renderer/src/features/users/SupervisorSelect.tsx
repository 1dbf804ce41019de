import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useUsers } from '../../api/users';

interface SupervisorSelectProps {
  /** The user being edited, who cannot lead their own team; null for a new account. */
  userId: number | null;
  value: number | null | undefined;
  onChange: (supervisorId: number | null) => void;
  error: ReactNode;
}

/** The team a user belongs to is chosen by its leader: any active supervisor or administrator other than the user. */
export function SupervisorSelect({ userId, value, onChange, error }: SupervisorSelectProps) {
  const { data: users = [] } = useUsers();
  const leaders = users.filter((user) => user.active && user.role !== 'officer' && user.id !== userId).map((user) => ({ value: String(user.id), label: user.fullName }));
  return (
    <Select
      label="Supervisor"
      description="Whose team this user is on. The supervisor sees and manages their team's caseload."
      placeholder="No supervisor"
      clearable
      data={leaders}
      value={value == null ? null : String(value)}
      onChange={(next) => onChange(next === null ? null : Number(next))}
      error={error}
    />
  );
}
