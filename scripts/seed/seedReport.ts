import type { StaffMember } from './demoOffice';

export const SYNTHETIC_NOTICE = 'SYNTHETIC DATA: every person, case, address and number in this office is invented by the generator.';

/** The accounts as a table to sign in with: username, role, team and the password. */
export function credentialsTable(staff: StaffMember[], password: string): string {
  const fullName = new Map(staff.map((m) => [m.username, m.fullName]));
  const rows = [
    ['username', 'name', 'role', 'team lead', 'password'],
    ...staff.map((m) => [m.username, m.fullName, m.role, m.supervisor ? fullName.get(m.supervisor)! : '', password]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd();
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
