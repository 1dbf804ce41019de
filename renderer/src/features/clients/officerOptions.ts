import type { ChannelOutput } from '../../../../electron/api/contract';
import { ROLE_LABELS } from '../users/roleLabels';

type DirectoryEntry = ChannelOutput<'users.directory'>[number];
export type OfficerOption = { value: string; label: string };

/** Who can carry a caseload: officers and supervisors (administrators are not assigned clients). */
export const officerOptions = (directory: DirectoryEntry[]): OfficerOption[] =>
  directory.filter((user) => user.role !== 'admin').map((user) => ({ value: String(user.id), label: `${user.fullName} (${ROLE_LABELS[user.role].toLowerCase()})` }));

/** Names for the user ids a record carries (assessor, who changed a status); the directory lists active users only. */
export const userNameOf = (directory: DirectoryEntry[] | undefined) => {
  const names = new Map((directory ?? []).map((user) => [user.id, user.fullName]));
  return (id: number | null) => (id === null ? '' : (names.get(id) ?? `Former user #${id}`));
};
