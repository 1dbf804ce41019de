import { randomBytes } from 'node:crypto';
import type { UserRow } from '../../db/schema';
import type { SessionManager } from '../../electron/services/auth/sessionManager';
import { createUser } from '../../electron/services/users/users';
import { createUserInputSchema } from '../../electron/api/users/usersSchemas';
import type { StaffMember } from './demoOffice';
import type { SeedClock } from './seedClock';

export interface StaffAccounts {
  /** The accounts made here (everyone but the administrator), by username. */
  users: Map<string, UserRow>;
  temporaryPassword: string;
}

/**
 * Creates every account but the administrator's (made at set-up) through the users service, as the signed-in
 * administrator would. They get a throw-away temporary password, which activateStaff replaces.
 */
export async function createStaff(sessions: SessionManager, clock: SeedClock, roster: StaffMember[]): Promise<StaffAccounts> {
  const temporaryPassword = `Temp-${randomBytes(12).toString('base64url')}`;
  const { ctx, keys } = sessions.requireActive();
  const users = new Map<string, UserRow>();
  for (const member of roster.filter((m) => m.role !== 'admin')) {
    clock.tick();
    const supervisorId = member.supervisor === null ? null : users.get(member.supervisor)!.id;
    users.set(member.username, await createUser(ctx, keys, createUserInputSchema.parse({ ...member, supervisorId, temporaryPassword })));
  }
  return { users, temporaryPassword };
}

/**
 * Each user signs in once and sets the demo password, as a new colleague does on the first day, so the printed
 * password opens the account without a forced change. Leaves nobody signed in.
 */
export async function activateStaff(sessions: SessionManager, clock: SeedClock, accounts: StaffAccounts, password: string) {
  for (const username of accounts.users.keys()) {
    clock.tick();
    await sessions.login(username, accounts.temporaryPassword);
    await sessions.changePassword(accounts.temporaryPassword, password);
  }
  sessions.logout();
}
