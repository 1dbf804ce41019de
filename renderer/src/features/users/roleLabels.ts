import type { Role } from '../../../../electron/api/users/roles';

export const ROLE_LABELS: Record<Role, string> = {
  officer: 'Officer',
  supervisor: 'Supervisor',
  admin: 'Administrator',
};

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({ value: role, label: ROLE_LABELS[role] }));
