import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { users, type UserRow } from '../../../db/schema';
import { AppError } from '../../api/errors';

/** Clients are assigned to active officers and supervisors (supervisors may carry a caseload); not to administrators. */
export function requireAssignableOfficer(db: DbExecutor, userId: number, field: string): UserRow {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new AppError('NOT_FOUND', 'The chosen officer does not exist.', field);
  if (!user.active) throw new AppError('VALIDATION', `${user.fullName}'s account is deactivated; choose an active officer.`, field);
  if (user.role === 'admin') throw new AppError('VALIDATION', `${user.fullName} is an administrator; clients are assigned to officers and supervisors.`, field);
  return user;
}
