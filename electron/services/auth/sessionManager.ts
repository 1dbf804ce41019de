import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { ensurePrivateFolder, restrictFiles } from '../../../db/fileModes';
import { settleKeyRotation } from '../../../db/keyRotation';
import { DatabaseOpenError, openEncryptedDatabase, type OpenDatabase } from '../../../db/open';
import { generateRecoveryKey, normalizeRecoveryKey } from '../../../db/recoveryKey';
import { users, type UserRow } from '../../../db/schema';
import { Vault } from '../../../db/vault';
import { VaultError, normalizeUsername, type KeySlot } from '../../../db/vaultFormat';
import { AppError, DISK_FULL_MESSAGE, isDiskFull } from '../../api/errors';
import { recordAudit, type AuditEvent } from '../audit/auditChain';
import { writeAuditCheckpointOrLog } from '../audit/auditCheckpoints';
import { chainVaultReportedEvents } from '../audit/vaultReportedEvents';
import type { ServiceContext } from '../context';
import { serviceContext } from '../officeClock';
import { readSetting, writeSetting } from '../settings/settings';
import { settingsDefaults } from '../../api/settings/settingsSchemas';
import type { KeyAccess } from '../users/users';
import type { SetupInput } from '../../api/auth/authSchemas';
import type { AuthStatus, SessionUser, SetupResult } from '../../api/auth/authWire';
import { assertStrongPassword } from './passwordPolicy';

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

export const DATABASE_FILE = 'probation.db';
/** Below this much free space an open that fails is reported as a full disk. */
const MIN_FREE_BYTES_TO_OPEN = 1024 * 1024;
export const VAULT_FILE = 'vault.json';

/** Declared in the contract layer; re-exported for the test fixtures that import them from here. */

export interface SessionManagerOptions {
  dataDir: string;
  migrationsFolder: string;
  nativeBinding?: string;
  now?: () => Date;
  kdfIterations?: number;
  /** Test configuration: overrides the office's idle-lock minutes with a number of seconds. */
  idleLockSecondsOverride?: number;
  /**
   * Given by the office host, where other sessions have the database open: runs a key rotation with every other
   * connection closed first (electron/office/officeHost.ts). A standalone app's one session rotates directly.
   */
  aloneWithDatabase?: <T>(session: SessionManager, rotate: () => T) => T;
  /** Named on every audit row this session writes: this computer's name, standalone. */
  workstation?: string;
  /**
   * Given by the office host: the sessions share its one connection instead of each opening its own, and leave
   * it open when they lock or sign out (electron/office/hostSeal.ts).
   */
  sharedConnection?: (masterKey: Buffer) => OpenDatabase;
}

interface Session {
  user: SessionUser;
  open: OpenDatabase | null;
  masterKey: Buffer | null;
  lastActivity: number;
  idleLockSeconds: number;
}

/**
 * One answer for every failed sign-in (unknown user, wrong password, locked account), so the sign-in form
 * does not tell anyone which usernames exist or are locked.
 */
const SIGN_IN_FAILED_MESSAGE = `The username or password is not correct, or the account is locked after ${LOCKOUT_THRESHOLD} failed sign-in attempts (an administrator can release it).`;
/** The unlock screen asks only for the password of the user it shows. */
const UNLOCK_FAILED_MESSAGE = 'The password is not correct.';
const lockedMessage = () => `This account is locked after ${LOCKOUT_THRESHOLD} failed sign-in attempts. Ask an administrator to release it.`;

/**
 * Owns the one signed-in session of this app instance: unwraps the master key from the vault, opens and
 * closes the encrypted database, enforces lockout and idle lock. The key and the database handle exist
 * only while a session is active; locking drops both.
 */
export class SessionManager {
  readonly vault: Vault;
  readonly databaseFile: string;
  private session: Session | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Lock and sign-out rows that could not be written (a full disk); written at the next open. */
  private deferredAudit: AuditEvent[] = [];
  readonly now: () => Date;

  constructor(readonly options: SessionManagerOptions) {
    ensurePrivateFolder(options.dataDir);
    this.vault = new Vault(path.join(options.dataDir, VAULT_FILE), options.kdfIterations);
    restrictFiles([this.vault.file]);
    this.databaseFile = path.join(options.dataDir, DATABASE_FILE);
    this.now = options.now ?? (() => new Date());
  }

  status(): AuthStatus {
    const base = { idleLockSeconds: this.session?.idleLockSeconds ?? this.defaultIdleSeconds(), officeName: null, problem: null };
    const problem = this.dataProblem();
    if (problem === 'setup-required') return { ...base, state: 'setup-required', user: null };
    if (problem) return { ...base, state: 'unavailable', user: null, problem };
    if (!this.session) return { ...base, state: 'logged-out', user: null };
    if (!this.session.open) return { ...base, state: 'locked', user: this.session.user };
    return {
      ...base,
      state: 'active',
      user: this.session.user,
      officeName: readSetting(this.session.open.db, 'office').name,
    };
  }

  /** Creates the office: master key, encrypted database, first administrator and recovery key. */
  setup(input: SetupInput): Promise<SetupResult> {
    return this.exclusive(async () => {
      if (this.vault.exists() || existsSync(this.databaseFile)) {
        throw new AppError('ALREADY_SET_UP', 'This office is already set up. Sign in instead.');
      }
      assertStrongPassword(input.admin.password, input.admin.username, 'admin.password');
      const now = this.now();
      const masterKey = randomBytes(32);
      const recoveryKey = generateRecoveryKey();
      const adminSlot = await this.vault.makeSlot({ kind: 'user', username: input.admin.username, secret: input.admin.password }, masterKey, now);
      const recoverySlot = await this.vault.makeSlot({ kind: 'recovery', secret: normalizeRecoveryKey(recoveryKey) }, masterKey, now);
      const open = this.openDatabase(masterKey);
      try {
        const admin = open.db.transaction((tx) => {
          const created = tx
            .insert(users)
            .values({
              username: input.admin.username,
              fullName: input.admin.fullName,
              title: 'Administrator',
              role: 'admin',
              createdAt: now.toISOString(),
              lastLoginAt: now.toISOString(),
            })
            .returning()
            .get();
          const actor = { id: created.id, username: created.username };
          writeSetting(tx, 'office', input.office, now, created.id);
          writeSetting(tx, 'security', settingsDefaults.security, now, created.id);
          if (input.schedule) writeSetting(tx, 'schedule', input.schedule, now, created.id);
          recordAudit(tx, { action: 'office.setup', entity: 'settings', entityId: 'office', actor, ts: now });
          recordAudit(tx, { action: 'user.create', entity: 'user', entityId: created.id, detail: 'role: admin', actor, ts: now });
          recordAudit(tx, { action: 'auth.login', entity: 'user', entityId: created.id, detail: 'first sign-in at set-up', actor, ts: now });
          return created;
        });
        this.vault.initialize([adminSlot, recoverySlot], now);
        this.startSession({ ...admin, lastLoginAt: null }, open, masterKey);
      } catch (error) {
        this.discard(open);
        this.removeDatabaseFiles();
        throw error;
      }
      return { recoveryKey, status: this.status() };
    });
  }

  login(username: string, password: string): Promise<AuthStatus> {
    return this.exclusive(async () => {
      this.requireSetUp();
      const { open, masterKey, user } = await this.unwrapForUser(username, password, 'auth.login');
      // A wrong attempt leaves a locked session as it was; only a successful sign-in replaces it.
      if (this.session) this.endSession('auth.logout', 'another user signed in');
      this.closingOnFailure(open, masterKey, () => {
        this.finishSignIn(open, user, 'auth.login');
        this.startSession(user, open, masterKey);
      });
      return this.status();
    });
  }

  /** Sets a new password for an account using the office recovery key, for when no administrator can sign in. */
  recover(input: { recoveryKey: string; username: string; newPassword: string }): Promise<AuthStatus> {
    return this.exclusive(async () => {
      this.requireSetUp();
      const slot = this.vault.recoverySlot();
      if (!slot) throw new AppError('DATA_UNAVAILABLE', 'This office has no recovery key slot.');
      let masterKey: Buffer;
      try {
        masterKey = await this.vault.unwrap(slot, normalizeRecoveryKey(input.recoveryKey));
      } catch (error) {
        this.vault.appendPendingAudit({ ts: this.now().toISOString(), username: normalizeUsername(input.username), action: 'auth.recover', detail: 'wrong recovery key' });
        throw vaultToAppError(error, 'recoveryKey');
      }
      assertStrongPassword(input.newPassword, input.username, 'newPassword');
      const newSlot = await this.vault.makeSlot({ kind: 'user', username: input.username, secret: input.newPassword }, masterKey, this.now());
      const open = this.openDatabase(masterKey);
      try {
        const user = open.db
          .select()
          .from(users)
          .where(eq(users.username, normalizeUsername(input.username)))
          .get();
        if (!user || !user.active) throw new AppError('NOT_FOUND', `There is no active account "${input.username}".`, 'username');
        open.db.transaction((tx) => {
          tx.update(users).set({ mustChangePassword: false }).where(eq(users.id, user.id)).run();
          recordAudit(tx, { action: 'auth.recover', entity: 'user', entityId: user.id, detail: 'password set with the recovery key', actor: user, ts: this.now() });
          this.vault.commitSlot(newSlot);
        });
        if (this.session) this.endSession('auth.logout', 'account recovered');
        const fresh = { ...user, mustChangePassword: false };
        this.finishSignIn(open, fresh, 'auth.login');
        this.startSession(fresh, open, masterKey);
      } catch (error) {
        this.discard(open);
        masterKey.fill(0);
        throw error;
      }
      return this.status();
    });
  }

  logout(): AuthStatus {
    if (this.session) this.endSession('auth.logout');
    return this.status();
  }

  lock(reason: 'manual' | 'idle' | 'key rotation'): AuthStatus {
    const session = this.session;
    if (session?.open) this.closeAfterAudit(session, { action: 'auth.lock', entity: 'user', entityId: session.user.id, detail: reason, actor: session.user, ts: this.now() });
    return this.status();
  }

  unlock(password: string): Promise<AuthStatus> {
    return this.exclusive(async () => {
      const session = this.session;
      if (!session) throw new AppError('SESSION_REQUIRED', 'No one is signed in. Sign in again.');
      if (session.open) return this.status();
      try {
        const { open, masterKey, user } = await this.unwrapForUser(session.user.username, password, 'auth.unlock');
        this.closingOnFailure(open, masterKey, () => this.finishSignIn(open, user, 'auth.unlock'));
        session.open = open;
        session.masterKey = masterKey;
        session.user = toSessionUser(user, session.user.previousLoginAt);
        session.lastActivity = Date.now();
      } catch (error) {
        // A lockout reached while unlocking ends the session: only an administrator can let this user back in.
        if (error instanceof AppError && error.code === 'ACCOUNT_LOCKED') this.session = null;
        throw error;
      }
      return this.status();
    });
  }

  changePassword(currentPassword: string, newPassword: string): Promise<AuthStatus> {
    return this.exclusive(async () => {
      const { ctx, keys } = this.requireActive({ allowPasswordChange: true });
      const slot = keys.vault.findUserSlot(ctx.actor.username);
      if (!slot) throw new AppError('DATA_UNAVAILABLE', 'Your key slot is missing from the vault.');
      try {
        await keys.vault.unwrap(slot, currentPassword);
      } catch (error) {
        if (error instanceof VaultError && error.code === 'WRONG_SECRET') this.failedPasswordInSession(ctx, slot);
        throw vaultToAppError(error, 'currentPassword', 'Your current password is not correct.');
      }
      if (currentPassword === newPassword) throw new AppError('VALIDATION', 'Choose a new password that differs from the current one.', 'newPassword');
      assertStrongPassword(newPassword, ctx.actor.username, 'newPassword');
      const made = await keys.vault.makeSlot({ kind: 'user', username: ctx.actor.username, secret: newPassword }, keys.masterKey, this.now());
      ctx.db.transaction((tx) => {
        tx.update(users).set({ mustChangePassword: false, updatedAt: this.now().toISOString() }).where(eq(users.id, ctx.actor.id)).run();
        recordAudit(tx, { action: 'auth.changePassword', entity: 'user', entityId: ctx.actor.id, actor: ctx.actor, ts: this.now() });
        keys.vault.commitSlot(made);
      });
      if (this.session) this.session.user = { ...this.session.user, mustChangePassword: false };
      return this.status();
    });
  }

  /** Records activity; the renderer calls it (throttled) while the officer types or clicks. */
  touch() {
    if (this.session?.open) this.session.lastActivity = Date.now();
  }

  /** Locks the session when it has been idle too long; the host calls this on a timer and before every call. */
  checkIdle() {
    const session = this.session;
    if (session?.open && Date.now() - session.lastActivity >= session.idleLockSeconds * 1000) this.lock('idle');
  }

  /** The context for a service call, or the reason there is none. */
  requireActive(opts: { allowPasswordChange?: boolean } = {}): { ctx: ServiceContext; keys: KeyAccess } {
    this.checkIdle();
    const session = this.session;
    if (!session) throw new AppError('SESSION_REQUIRED', 'You are not signed in. Sign in to continue.');
    if (!session.open || !session.masterKey) throw new AppError('SESSION_LOCKED', 'The session is locked. Enter your password to unlock it.');
    if (session.user.mustChangePassword && !opts.allowPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'You must choose a new password before you continue.');
    }
    session.lastActivity = Date.now();
    return {
      ctx: serviceContext(session.open.db, session.user, this.now),
      keys: this.keysOf(session.open, session.masterKey),
    };
  }

  /** The active session's context without counting as activity, for background work (scheduled backups); null if none. */
  peekActive(): { ctx: ServiceContext; keys: KeyAccess } | null {
    const session = this.session;
    if (!session?.open || !session.masterKey) return null;
    return { ctx: serviceContext(session.open.db, session.user, this.now), keys: this.keysOf(session.open, session.masterKey) };
  }

  private keysOf(open: OpenDatabase, masterKey: Buffer): KeyAccess {
    const alone = this.options.aloneWithDatabase;
    return { vault: this.vault, masterKey, database: open.sqlite, ...(alone ? { aloneWithDatabase: <T>(rotate: () => T) => alone(this, rotate) } : {}) };
  }

  /** Refreshes the signed-in user's details (after an administrator edits their own account). */
  refreshUser(row: UserRow) {
    if (this.session?.user.id === row.id) this.session.user = toSessionUser(row, this.session.user.previousLoginAt);
  }

  /** Applies a new idle-lock setting to the running session. */
  refreshIdleLock() {
    if (this.session?.open) this.session.idleLockSeconds = this.idleSecondsFor(this.session.open);
  }

  /** Signs out for good; the reason goes into the audit row (the office host also ends sessions when sealed). */
  shutdown(reason = 'application closed') {
    if (this.session) this.endSession('auth.logout', reason);
  }

  private async unwrapForUser(username: string, password: string, action: 'auth.login' | 'auth.unlock') {
    const name = normalizeUsername(username);
    const refused = (locked: boolean) => {
      if (action === 'auth.login') return new AppError('AUTH_FAILED', SIGN_IN_FAILED_MESSAGE, 'password');
      return locked ? new AppError('ACCOUNT_LOCKED', lockedMessage(), 'password') : new AppError('AUTH_FAILED', UNLOCK_FAILED_MESSAGE, 'password');
    };
    const slot = this.vault.findUserSlot(name);
    const failure = (detail: string) => this.vault.appendPendingAudit({ ts: this.now().toISOString(), username: name, action, detail });
    if (!slot) {
      await this.vault.burnTime(password);
      failure('unknown or deactivated user');
      throw refused(false);
    }
    if (slot.lockedAt) {
      failure('account locked');
      throw refused(true);
    }
    // Counted before the password is tried: when the attempt cannot be recorded (a full disk) there is no
    // attempt, so lockout cannot fail open. A successful sign-in clears the count.
    this.recordAttempt(slot);
    let masterKey: Buffer;
    try {
      masterKey = await this.vault.unwrap(slot, password);
    } catch (error) {
      if (error instanceof VaultError && error.code === 'WRONG_SECRET') {
        const locked = this.lockIfTooMany(slot.username ?? '');
        failure(locked ? `wrong password; account locked after ${LOCKOUT_THRESHOLD} failures` : 'wrong password');
        throw refused(locked);
      }
      // A damaged slot is not a wrong password: the attempt is taken back out of the count.
      this.vault.updateUserSlot(slot.username ?? '', (s) => ({ ...s, failedLogins: slot.failedLogins }));
      failure('key slot damaged');
      throw vaultToAppError(error, 'password');
    }
    const open = this.openDatabase(masterKey);
    const user = this.closingOnFailure(open, masterKey, () => open.db.select().from(users).where(eq(users.username, name)).get());
    if (!user || !user.active) {
      this.discard(open);
      masterKey.fill(0);
      failure('unknown or deactivated user');
      throw refused(false);
    }
    return { open, masterKey, user };
  }

  /** A wrong current password while signed in counts toward lockout like a failed sign-in; reaching it ends the session. */
  private failedPasswordInSession(ctx: ServiceContext, slot: KeySlot) {
    const locked = this.recordFailedPassword(slot);
    recordAudit(ctx.db, {
      action: 'auth.changePassword',
      entity: 'user',
      entityId: ctx.actor.id,
      outcome: 'failure',
      detail: locked ? `wrong current password; account locked after ${LOCKOUT_THRESHOLD} failures` : 'wrong current password',
      actor: ctx.actor,
      ts: this.now(),
    });
    if (!locked) return;
    this.endSession('auth.logout', 'account locked');
    throw new AppError('ACCOUNT_LOCKED', lockedMessage(), 'currentPassword');
  }

  /** Records a sign-in attempt in the slot before its password is checked; refuses the sign-in when it cannot. */
  private recordAttempt(slot: KeySlot) {
    const now = this.now();
    const recent = [...slot.failedLogins, now.toISOString()].filter((ts) => now.getTime() - Date.parse(ts) < LOCKOUT_WINDOW_MS);
    try {
      this.vault.updateUserSlot(slot.username ?? '', (s) => ({ ...s, failedLogins: recent }));
    } catch (error) {
      if (isDiskFull(error)) throw new AppError('DISK_FULL', `${DISK_FULL_MESSAGE} Signing in is refused until the attempt can be recorded.`);
      throw error;
    }
  }

  /** After a wrong password (already counted by recordAttempt): locks the account when it reached the limit. */
  private lockIfTooMany(username: string): boolean {
    const slot = this.vault.findUserSlot(username);
    const now = this.now();
    const recent = (slot?.failedLogins ?? []).filter((ts) => now.getTime() - Date.parse(ts) < LOCKOUT_WINDOW_MS);
    if (recent.length < LOCKOUT_THRESHOLD) return false;
    this.vault.updateUserSlot(username, (s) => ({ ...s, lockedAt: now.toISOString() }));
    return true;
  }

  /** Counts a wrong password in the slot; returns true when this failure locks the account. */
  private recordFailedPassword(slot: KeySlot): boolean {
    const now = this.now();
    const recent = [...slot.failedLogins, now.toISOString()].filter((ts) => now.getTime() - Date.parse(ts) < LOCKOUT_WINDOW_MS);
    const locked = recent.length >= LOCKOUT_THRESHOLD;
    this.vault.updateUserSlot(slot.username ?? '', (s) => ({ ...s, failedLogins: recent, lockedAt: locked ? now.toISOString() : null }));
    return locked;
  }

  /** Writes the failures recorded while the database was closed, then the successful sign-in. */
  private finishSignIn(open: OpenDatabase, user: UserRow, action: 'auth.login' | 'auth.unlock') {
    const pending = this.vault.takePendingAudit();
    const now = this.now();
    const deferred = this.deferredAudit;
    open.db.transaction((tx) => {
      for (const event of deferred) recordAudit(tx, event);
      chainVaultReportedEvents(tx, pending, now);
      if (action === 'auth.login') tx.update(users).set({ lastLoginAt: now.toISOString() }).where(eq(users.id, user.id)).run();
      recordAudit(tx, { action, entity: 'user', entityId: user.id, actor: user, ts: now });
    });
    this.deferredAudit = [];
    this.vault.updateUserSlot(user.username, (s) => ({ ...s, failedLogins: [] }));
  }

  /** `user` as read before this sign-in, so its lastLoginAt is the previous one. */
  private startSession(user: UserRow, open: OpenDatabase, masterKey: Buffer) {
    this.session = { user: toSessionUser(user, user.lastLoginAt), open, masterKey, lastActivity: Date.now(), idleLockSeconds: this.idleSecondsFor(open) };
  }

  private endSession(action: string, detail = '') {
    const session = this.session;
    this.session = null;
    if (session) this.closeAfterAudit(session, { action, entity: 'user', entityId: session.user.id, detail, actor: session.user, ts: this.now() });
  }

  /**
   * Lock and sign-out must succeed whatever the disk does: the database is closed and the key dropped even
   * when the audit row cannot be written, and that row is then kept for the next open.
   */
  private closeAfterAudit(session: Session, event: AuditEvent) {
    try {
      if (session.open) recordAudit(session.open.db, event);
    } catch {
      this.deferredAudit.push({ ...event, detail: `${event.detail ?? ''}${event.detail ? '; ' : ''}recorded late: the disk was full` });
    } finally {
      this.closeHandles(session);
    }
  }

  /** Runs a step of a sign-in that has the database open; if it throws, the handle is closed and the key wiped. */
  private closingOnFailure<T>(open: OpenDatabase, masterKey: Buffer, step: () => T): T {
    try {
      return step();
    } catch (error) {
      this.discard(open);
      masterKey.fill(0);
      throw error;
    }
  }

  private closeHandles(session: Session) {
    if (session.open) this.release(session.open);
    session.open = null;
    session.masterKey?.fill(0);
    session.masterKey = null;
  }

  /**
   * Closes a connection this session opened, after an audit checkpoint (which, when it cannot be written, a
   * missing drive or a full disk, must never keep the database open); the host's shared one stays open.
   */
  private release(open: OpenDatabase) {
    if (this.options.sharedConnection || !open.sqlite.open) return;
    writeAuditCheckpointOrLog(open.db, this.options.dataDir, this.now(), 'closing the database');
    open.sqlite.close();
  }

  /** Closes a connection a failed step opened, with nothing to checkpoint; the host's shared one stays open. */
  private discard(open: OpenDatabase) {
    if (!this.options.sharedConnection && open.sqlite.open) open.sqlite.close();
  }

  private openDatabase(masterKey: Buffer): OpenDatabase {
    try {
      // A key rotation cut short by a crash is finished first; masterKey then holds the key the database takes.
      if (this.options.sharedConnection) return this.options.sharedConnection(masterKey);
      settleKeyRotation(this.databaseFile, this.vault, masterKey, this.now(), this.options.nativeBinding);
      return openEncryptedDatabase(this.databaseFile, {
        key: masterKey,
        migrationsFolder: this.options.migrationsFolder,
        nativeBinding: this.options.nativeBinding,
        workstation: this.options.workstation,
      });
    } catch (error) {
      // Opening writes too (WAL index, schema check), and DatabaseOpenError keeps only SQLite's words of the cause;
      // with a key the vault has just vouched for, a failure on a (nearly) full disk is the disk.
      if (isDiskFull(error) || (error instanceof Error && /disk is full/.test(error.message)) || this.diskNearlyFull()) {
        throw new AppError('DISK_FULL', DISK_FULL_MESSAGE);
      }
      if (error instanceof DatabaseOpenError) throw new AppError('DATA_UNAVAILABLE', error.message);
      throw error;
    }
  }

  private diskNearlyFull() {
    const { bavail, bsize } = statfsSync(this.options.dataDir);
    return bavail * bsize < MIN_FREE_BYTES_TO_OPEN;
  }

  private idleSecondsFor(open: OpenDatabase) {
    return this.options.idleLockSecondsOverride ?? readSetting(open.db, 'security').idleLockMinutes * 60;
  }

  private defaultIdleSeconds() {
    return this.options.idleLockSecondsOverride ?? settingsDefaults.security.idleLockMinutes * 60;
  }

  /** 'setup-required', or what keeps the office's data from opening, or null. */
  private dataProblem(): string | null {
    const hasVault = this.vault.exists();
    const hasDb = existsSync(this.databaseFile);
    if (!hasVault && !hasDb) return 'setup-required';
    if (!hasVault) return `The key vault (${this.vault.file}) is missing, so the database cannot be opened. Restore vault.json from a backup.`;
    if (!hasDb) return `The database (${this.databaseFile}) is missing. Restore probation.db from a backup.`;
    try {
      this.vault.read();
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  private requireSetUp() {
    const problem = this.dataProblem();
    if (problem === 'setup-required') throw new AppError('SETUP_REQUIRED', 'This office has not been set up yet.');
    if (problem) throw new AppError('DATA_UNAVAILABLE', problem);
  }

  private removeDatabaseFiles() {
    for (const suffix of ['', '-wal', '-shm']) rmSync(this.databaseFile + suffix, { force: true });
  }

  /** Sign-in steps await the KDF; running them one at a time keeps two of them from opening the database at once. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function toSessionUser(user: UserRow, previousLoginAt: string | null): SessionUser {
  return { id: user.id, username: user.username, fullName: user.fullName, role: user.role, mustChangePassword: user.mustChangePassword, previousLoginAt };
}

function vaultToAppError(error: unknown, field: string, wrongSecretMessage?: string): unknown {
  if (!(error instanceof VaultError)) return error;
  if (error.code === 'WRONG_SECRET') return new AppError('AUTH_FAILED', wrongSecretMessage ?? error.message, field);
  return new AppError('DATA_UNAVAILABLE', error.message);
}
