import type { DirectoryEntry, UserSummary } from '../../api/users/usersWire';
import { and, asc, eq, ne } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { DbExecutor } from '../../../db/open';
import { users, type UserRow } from '../../../db/schema';
import type { Vault } from '../../../db/vault';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import { assertStrongPassword } from '../auth/passwordPolicy';
import type { ServiceContext } from '../context';
import type { createUserInputSchema, setTemporaryPasswordInputSchema, updateUserInputSchema } from '../../api/users/usersSchemas';

/** What administering accounts needs beyond the database: the vault, and the master key to wrap into new slots. */
export interface KeyAccess {
  vault: Vault;
  masterKey: Buffer;
  /** The session's connection, for a key rotation (PRAGMA rekey). */
  database: Database.Database;
  /** Runs a key rotation with the database to itself (the office host closes its other connections); absent in the app. */
  aloneWithDatabase?: <T>(rotate: () => T) => T;
}

/** What every role may know about colleagues: enough to pick an officer or show who did something. */

export function listUsers(ctx: ServiceContext, vault: Vault): UserSummary[] {
  const slots = new Map(
    vault
      .read()
      .slots.filter((s) => s.kind === 'user')
      .map((s) => [s.username, s]),
  );
  return ctx.db
    .select()
    .from(users)
    .orderBy(asc(users.fullName))
    .all()
    .map((user) => {
      const slot = slots.get(user.username);
      return { ...user, locked: Boolean(slot?.lockedAt), lockedAt: slot?.lockedAt ?? null, recentFailedLogins: slot?.failedLogins.length ?? 0 };
    });
}

export function listDirectory(db: DbExecutor): DirectoryEntry[] {
  return db
    .select({ id: users.id, fullName: users.fullName, role: users.role, supervisorId: users.supervisorId })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.fullName))
    .all();
}

export function getUser(db: DbExecutor, id: number): UserRow {
  const user = db.select().from(users).where(eq(users.id, id)).get();
  if (!user) throw new AppError('NOT_FOUND', `There is no user with id ${id}.`, 'id');
  return user;
}

function countOtherActiveAdmins(db: DbExecutor, exceptId: number) {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, exceptId)))
    .all().length;
}

/** A team is led by an active supervisor or administrator, and nobody leads themselves. */
function requireSupervisor(db: DbExecutor, supervisorId: number | null, userId: number | null) {
  if (supervisorId === null) return;
  if (supervisorId === userId) throw new AppError('VALIDATION', 'A user cannot be their own supervisor.', 'supervisorId');
  const supervisor = db.select().from(users).where(eq(users.id, supervisorId)).get();
  if (!supervisor?.active || supervisor.role === 'officer') {
    throw new AppError('VALIDATION', 'Choose an active supervisor or administrator as the supervisor.', 'supervisorId');
  }
}

function audit(ctx: ServiceContext, tx: DbExecutor, action: string, userId: number, detail = '') {
  recordAudit(tx, { action, entity: 'user', entityId: userId, detail, actor: ctx.actor, ts: ctx.clock.now() });
}

export async function createUser(ctx: ServiceContext, keys: KeyAccess, input: z.infer<typeof createUserInputSchema>): Promise<UserRow> {
  if (ctx.db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
    throw new AppError('CONFLICT', `The username "${input.username}" is already taken. Usernames are never reused.`, 'username');
  }
  requireSupervisor(ctx.db, input.supervisorId, null);
  assertStrongPassword(input.temporaryPassword, input.username, 'temporaryPassword');
  const slot = await keys.vault.makeSlot({ kind: 'user', username: input.username, secret: input.temporaryPassword }, keys.masterKey, ctx.clock.now());
  return ctx.db.transaction((tx) => {
    const created = tx
      .insert(users)
      .values({
        username: input.username,
        fullName: input.fullName,
        title: input.title,
        role: input.role,
        supervisorId: input.supervisorId,
        mustChangePassword: true,
        createdAt: ctx.clock.now().toISOString(),
      })
      .returning()
      .get();
    audit(ctx, tx, 'user.create', created.id, `role: ${created.role}`);
    keys.vault.commitSlot(slot);
    return created;
  });
}

export function updateUser(ctx: ServiceContext, input: z.infer<typeof updateUserInputSchema>): UserRow {
  return ctx.db.transaction((tx) => {
    const before = getUser(tx, input.id);
    if (before.role === 'admin' && input.role !== 'admin' && countOtherActiveAdmins(tx, before.id) === 0) {
      throw new AppError('CONFLICT', 'This is the only active administrator; make another user an administrator first.', 'role');
    }
    const supervisorId = input.supervisorId === undefined ? before.supervisorId : input.supervisorId;
    requireSupervisor(tx, supervisorId, before.id);
    const next = { fullName: input.fullName, title: input.title, role: input.role, supervisorId };
    const changed = (['fullName', 'title', 'role', 'supervisorId'] as const).filter((field) => before[field] !== next[field]);
    const updated = tx
      .update(users)
      .set({ ...next, updatedAt: ctx.clock.now().toISOString() })
      .where(eq(users.id, input.id))
      .returning()
      .get();
    audit(ctx, tx, 'user.update', input.id, changed.length ? `changed: ${changed.join(', ')}` : 'no change');
    return updated;
  });
}

/** Deactivation removes the user's key slot, so the account cannot open the database at all. */
export function deactivateUser(ctx: ServiceContext, keys: KeyAccess, id: number): UserRow {
  if (id === ctx.actor.id) throw new AppError('CONFLICT', 'You cannot deactivate your own account.', 'id');
  return ctx.db.transaction((tx) => {
    const user = getUser(tx, id);
    if (!user.active) throw new AppError('CONFLICT', `${user.fullName} is already deactivated.`, 'id');
    if (user.role === 'admin' && countOtherActiveAdmins(tx, id) === 0) {
      throw new AppError('CONFLICT', 'This is the only active administrator and cannot be deactivated.', 'id');
    }
    const updated = tx.update(users).set({ active: false, updatedAt: ctx.clock.now().toISOString() }).where(eq(users.id, id)).returning().get();
    audit(ctx, tx, 'user.deactivate', id);
    keys.vault.removeUserSlot(user.username);
    return updated;
  });
}

/**
 * Reset and reactivation both give the account a fresh key slot under a temporary password that must be
 * changed at next login; any lockout ends with the old slot.
 */
export async function setTemporaryPassword(
  ctx: ServiceContext,
  keys: KeyAccess,
  input: z.infer<typeof setTemporaryPasswordInputSchema>,
  mode: 'reset' | 'reactivate',
): Promise<UserRow> {
  const user = getUser(ctx.db, input.id);
  if (mode === 'reset' && !user.active) throw new AppError('CONFLICT', `${user.fullName} is deactivated; reactivate the account instead.`, 'id');
  if (mode === 'reactivate' && user.active) throw new AppError('CONFLICT', `${user.fullName} is already active.`, 'id');
  if (mode === 'reset' && user.id === ctx.actor.id) throw new AppError('CONFLICT', 'Change your own password from your account menu instead.', 'id');
  assertStrongPassword(input.temporaryPassword, user.username, 'temporaryPassword');
  const slot = await keys.vault.makeSlot({ kind: 'user', username: user.username, secret: input.temporaryPassword }, keys.masterKey, ctx.clock.now());
  return ctx.db.transaction((tx) => {
    const updated = tx.update(users).set({ active: true, mustChangePassword: true, updatedAt: ctx.clock.now().toISOString() }).where(eq(users.id, user.id)).returning().get();
    audit(ctx, tx, mode === 'reset' ? 'user.resetPassword' : 'user.reactivate', user.id);
    keys.vault.commitSlot(slot);
    return updated;
  });
}

export function releaseLockout(ctx: ServiceContext, vault: Vault, id: number): UserRow {
  return ctx.db.transaction((tx) => {
    const user = getUser(tx, id);
    const slot = vault.findUserSlot(user.username);
    if (!slot?.lockedAt) throw new AppError('CONFLICT', `${user.fullName}'s account is not locked.`, 'id');
    audit(ctx, tx, 'user.releaseLockout', id);
    vault.updateUserSlot(user.username, (s) => ({ ...s, lockedAt: null, failedLogins: [] }));
    return user;
  });
}
