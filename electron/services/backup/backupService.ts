import path from 'node:path';
import { openEncryptedDatabase, type AppDb, type DbExecutor } from '../../../db/open';
import { AppError } from '../../api/errors';
import type { SessionManager } from '../auth/sessionManager';
import { recordAudit } from '../audit/auditChain';
import { writeAuditCheckpointOrLog } from '../audit/auditCheckpoints';
import type { Actor, ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings/settings';
import { BackupDamagedError } from './backupManifest';
import { BackupFolderError, listBackups } from './backupFolder';
import { BackupFailedError, createBackup } from './createBackup';
import { restoreBackup } from './restoreBackup';
import type { BackupHealth, BackupOverview, BackupProgress, BackupResult, BackupRunState, RestoreResult } from '../../api/backup/backupWire';
import type { BackupCredential } from '../../api/backup/restoreSchemas';
import { isDailyBackupDue } from './schedule';

const DAY_MS = 24 * 60 * 60 * 1000;
const SCHEDULE_CHECK_MS = 60_000;

export function backupHealth(db: DbExecutor, now: Date): BackupHealth {
  const settings = readSetting(db, 'backup');
  const lastGoodAt = readSetting(db, 'backupStatus').lastGood?.at ?? null;
  const base = { lastGoodAt, warnAfterDays: settings.warnAfterDays };
  if (!settings.folder) return { ...base, overdue: true, message: 'No backup folder has been chosen: the office has no backups.' };
  if (!lastGoodAt) return { ...base, overdue: true, message: 'The office has no verified backup yet.' };
  const days = Math.floor((now.getTime() - Date.parse(lastGoodAt)) / DAY_MS);
  if (days < settings.warnAfterDays) return { ...base, overdue: false, message: null };
  return { ...base, overdue: true, message: `The last verified backup is ${days} days old (the office's limit is ${settings.warnAfterDays}).` };
}

/**
 * Backups and restores of one app instance: one backup at a time, its progress for the Administration page,
 * the daily schedule and the backup on sign-out. Results are kept in the `backupStatus` setting and audited.
 */
export class BackupService {
  private running: Promise<BackupResult> | null = null;
  private progress: BackupProgress | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly sessions: SessionManager) {}

  private get appRoot() {
    return path.resolve(this.sessions.options.migrationsFolder, '..', '..');
  }

  overview(ctx: ServiceContext): BackupOverview {
    const settings = readSetting(ctx.db, 'backup');
    const backups = settings.folder ? listBackups(settings.folder).map(({ name, createdAt, sizeBytes, dir }) => ({ name, createdAt, sizeBytes, dir })) : [];
    return { settings, status: readSetting(ctx.db, 'backupStatus'), running: this.running !== null, progress: this.progress, backups };
  }

  currentProgress(): BackupRunState {
    return { running: this.running !== null, progress: this.progress };
  }

  /** A backup now, with the session's key; waits for it and reports its outcome. */
  runNow(ctx: ServiceContext, key: Buffer): Promise<BackupResult> {
    if (this.running) throw new AppError('CONFLICT', 'A backup is already running; wait for it to finish.');
    return this.run(ctx.db, Buffer.from(key), ctx.actor, ctx.clock.now);
  }

  /** On sign-out: the key is copied before the session closes it, and the backup runs on its own connections. */
  beforeSignOut() {
    const active = this.sessions.peekActive();
    if (!active || this.running) return;
    const settings = readSetting(active.ctx.db, 'backup');
    if (!settings.folder || !settings.onLastSignOut) return;
    const { ctx, keys } = active;
    this.run(ctx.db, Buffer.from(keys.masterKey), ctx.actor, ctx.clock.now).catch(() => undefined);
  }

  startSchedule(): () => void {
    this.timer = setInterval(() => this.tick(), SCHEDULE_CHECK_MS);
    this.timer.unref();
    return () => {
      if (this.timer) clearInterval(this.timer);
    };
  }

  /** The daily backup runs while someone is signed in (the key is only in memory then), catching up a missed time. */
  tick() {
    const active = this.sessions.peekActive();
    if (!active || this.running) return;
    const { ctx, keys } = active;
    const now = ctx.clock.now();
    const settings = readSetting(ctx.db, 'backup');
    const status = readSetting(ctx.db, 'backupStatus');
    const lastAttempt = [status.lastGood?.at, status.lastFailure?.at].filter(Boolean).sort().pop() ?? null;
    if (!isDailyBackupDue(settings, lastAttempt, now, readSetting(ctx.db, 'schedule').timeZone)) return;
    this.run(ctx.db, Buffer.from(keys.masterKey), ctx.actor, ctx.clock.now).catch(() => undefined);
  }

  private run(db: DbExecutor, key: Buffer, actor: Actor, now: () => Date): Promise<BackupResult> {
    const settings = readSetting(db, 'backup');
    if (!settings.folder) {
      key.fill(0);
      throw new AppError('VALIDATION', 'Choose a backup folder first.', 'folder');
    }
    const request = {
      databaseFile: this.sessions.databaseFile,
      vaultFile: this.sessions.vault.file,
      key,
      folder: settings.folder,
      retention: settings,
      timeZone: readSetting(db, 'schedule').timeZone,
      officeName: readSetting(db, 'office').name,
      appRoot: this.appRoot,
      nativeBinding: this.sessions.options.nativeBinding,
      now,
      onProgress: (progress: BackupProgress) => {
        this.progress = progress;
      },
    };
    this.progress = { phase: 'copy', fraction: 0 };
    const job = createBackup(request)
      .then((result) => {
        this.record(key, (db) => {
          db.transaction((tx) => {
            const status = readSetting(tx, 'backupStatus');
            const lastGood = {
              at: result.createdAt,
              name: result.name,
              folder: request.folder,
              sizeBytes: result.sizeBytes,
              durationMs: result.durationMs,
              message: result.verification,
            };
            writeSetting(tx, 'backupStatus', { ...status, lastGood }, now(), actor.id);
            const removed = result.removed.length ? `; rotation removed ${result.removed.length}` : '';
            recordAudit(tx, { action: 'backup.create', entity: 'office', detail: `${result.name}; ${result.sizeBytes} bytes; verified${removed}`, actor, ts: now() });
          });
          // The chain's head as the backup holds it, kept outside the database (see auditCheckpoints.ts).
          writeAuditCheckpointOrLog(db, this.sessions.options.dataDir, now(), 'the backup');
        });
        return result;
      })
      .catch((error: unknown) => {
        const message = error instanceof BackupFailedError || error instanceof BackupFolderError ? error.message : `The backup failed: ${(error as Error).message}`;
        this.record(key, (db) =>
          db.transaction((tx) => {
            const status = readSetting(tx, 'backupStatus');
            writeSetting(tx, 'backupStatus', { ...status, lastFailure: { at: now().toISOString(), message } }, now(), actor.id);
            recordAudit(tx, { action: 'backup.create', entity: 'office', outcome: 'failure', detail: message.slice(0, 300), actor, ts: now() });
          }),
        );
        throw new AppError('DATA_UNAVAILABLE', message);
      })
      .finally(() => {
        key.fill(0);
        this.running = null;
        this.progress = null;
      });
    this.running = job;
    return job;
  }

  /** Writes the outcome on the session's connection when one is open, else on a short-lived one (after sign-out). */
  private record(key: Buffer, write: (db: AppDb) => void) {
    const active = this.sessions.peekActive();
    if (active) {
      write(active.ctx.db);
      return;
    }
    const open = openEncryptedDatabase(this.sessions.databaseFile, {
      key,
      migrationsFolder: this.sessions.options.migrationsFolder,
      nativeBinding: this.sessions.options.nativeBinding,
    });
    try {
      write(open.db);
    } finally {
      open.sqlite.close();
    }
  }

  /** Replaces the signed-in office with a backup; the replaced database is kept as a safety copy and everyone signs in again. */
  restoreOver(ctx: ServiceContext, backupDir: string, credential: BackupCredential): Promise<RestoreResult> {
    if (this.running) throw new AppError('CONFLICT', 'A backup is running; restore when it has finished.');
    return this.restore(backupDir, credential, () => {
      recordAudit(ctx.db, { action: 'backup.restore', entity: 'office', detail: `office replaced by the backup at ${backupDir}`, actor: ctx.actor, ts: ctx.clock.now() });
      this.sessions.logout();
    });
  }

  /** A new workstation: only while no office exists in the data folder. */
  restoreFirstRun(backupDir: string, credential: BackupCredential): Promise<RestoreResult> {
    if (this.sessions.status().state !== 'setup-required')
      throw new AppError('ALREADY_SET_UP', 'This workstation already has an office. An administrator restores backups from Administration.');
    return this.restore(backupDir, credential);
  }

  private async restore(backupDir: string, credential: BackupCredential, beforeReplace?: () => void): Promise<RestoreResult> {
    try {
      return await restoreBackup({
        backupDir,
        credential,
        dataDir: path.dirname(this.sessions.databaseFile),
        databaseFile: this.sessions.databaseFile,
        vaultFile: this.sessions.vault.file,
        migrationsFolder: this.sessions.options.migrationsFolder,
        nativeBinding: this.sessions.options.nativeBinding,
        now: this.sessions.now,
        beforeReplace,
      });
    } catch (error) {
      if (error instanceof BackupDamagedError) throw new AppError('VALIDATION', error.message, 'backup');
      throw error;
    }
  }
}

const services = new WeakMap<SessionManager, BackupService>();

/** One backup service per session manager, shared by the handlers and the host's schedule. */
export function backupServiceFor(sessions: SessionManager): BackupService {
  let service = services.get(sessions);
  if (!service) {
    service = new BackupService(sessions);
    services.set(sessions, service);
  }
  return service;
}
