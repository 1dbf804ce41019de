import type { Role } from '../../../../electron/api/users/roles';
import type { CaseloadInput } from '../../../../electron/api/clients/clientsSchemas';

export type CaseloadScope = CaseloadInput['scope'];

/** Officers see their own clients; a supervisor starts with the team, an administrator (no caseload) with everyone. */
export const defaultScope = (role: Role): CaseloadScope => (role === 'officer' ? 'mine' : role === 'supervisor' ? 'team' : 'all');

export const SCOPE_LABELS: Record<CaseloadScope, string> = { mine: 'My clients', team: 'My team', all: 'Everyone' };

/** Where the clients of a scope are, to finish a sentence: "12 active clients on your caseload". */
export const SCOPE_PLACES: Record<CaseloadScope, string> = { mine: 'on your caseload', team: 'on your team’s caseloads', all: 'in the office' };
