import path from 'node:path';
import { openEncryptedDatabase, type AppDb, type DbExecutor } from '../../../db/open';
import { AppError } from '../../api/errors';
import type { SessionManager } from '../auth/sessionManager';
import { recordAudit } from '../audit/auditChain';
import { writeAuditCheckpointOrLog } from '../audit/auditCheckpoints';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings/settings';
import { BackupFolderError, listBackups } from './backupFolder';
import { BackupFailedError, createBackup } from './createBackup';
import type { BackupHealth, BackupOverview, BackupProgress, BackupResult, BackupRunState } from '../../api/backup/backupWire';
import { sessionBackupSource, type BackupAccess, type BackupSource } from './backupSource';
import { isDailyBackupDue } from './schedule';
import { compactSearchIndexesOrLog } from '../search/searchMaintenance';

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
 * The backups of one office: one at a time, its progress for the Administration page, the daily schedule and
 * the backup on sign-out. Results are kept in the `backupStatus` setting and audited. The standalone app and the
 * office host share it, each with its own source of the key (backupSource.ts).
 */
export class BackupService {
  private running: Promise<BackupResult> | null = null;
  private progress: BackupProgress | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly source: BackupSource) {}

  private get appRoot() {
    return path.resolve(this.source.migrationsFolder, '..', '..');
  }

  get busy(): boolean {
    return this.running !== null;
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
    return this.run({ db: ctx.db, actor: ctx.actor, now: ctx.clock.now, masterKey: key });
  }

  /** On sign-out: the key is copied before the session closes it, and the backup runs on its own connections. */
  beforeSignOut() {
    const access = this.source.keyLeavesAtSignOut ? this.source.access() : null;
    if (!access || this.running) return;
    const settings = readSetting(access.db, 'backup');
    if (!settings.folder || !settings.onLastSignOut) return;
    this.run(access).catch(() => undefined);
  }

  startSchedule(): () => void {
    this.timer = setInterval(() => this.tick(), SCHEDULE_CHECK_MS);
    this.timer.unref();
    return () => {
      if (this.timer) clearInterval(this.timer);
    };
  }

  /** The daily backup runs while the key is in memory (someone signed in, or a host unsealed), catching up a missed time. */
  tick() {
    const access = this.source.access();
    if (!access || this.running) return;
    const { db } = access;
    const settings = readSetting(db, 'backup');
    const status = readSetting(db, 'backupStatus');
    const lastAttempt = [status.lastGood?.at, status.lastFailure?.at].filter(Boolean).sort().pop() ?? null;
    if (!isDailyBackupDue(settings, lastAttempt, access.now(), readSetting(db, 'schedule').timeZone)) return;
    this.run(access).catch(() => undefined);
  }

  private run(access: BackupAccess): Promise<BackupResult> {
    const { db, actor, now } = access;
    const key = Buffer.from(access.masterKey);
    const settings = readSetting(db, 'backup');
    if (!settings.folder) {
      key.fill(0);
      throw new AppError('VALIDATION', 'Choose a backup folder first.', 'folder');
    }
    const request = {
      databaseFile: this.source.databaseFile,
      vaultFile: this.source.vaultFile,
      key,
      folder: settings.folder,
      retention: settings,
      timeZone: readSetting(db, 'schedule').timeZone,
      officeName: readSetting(db, 'office').name,
      appRoot: this.appRoot,
      nativeBinding: this.source.nativeBinding,
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
            writeSetting(tx, 'backupStatus', { ...status, lastGood }, now(), actor?.id ?? null);
            const removed = result.removed.length ? `; rotation removed ${result.removed.length}` : '';
            recordAudit(tx, { action: 'backup.create', entity: 'office', detail: `${result.name}; ${result.sizeBytes} bytes; verified${removed}`, actor, ts: now() });
          });
          // The chain's head as the backup holds it, kept outside the database (see auditCheckpoints.ts).
          writeAuditCheckpointOrLog(db, this.source.dataDir, now(), 'the backup');
          compactSearchIndexesOrLog(db);
        });
        return result;
      })
      .catch((error: unknown) => {
        const message = error instanceof BackupFailedError || error instanceof BackupFolderError ? error.message : `The backup failed: ${(error as Error).message}`;
        this.record(key, (db) =>
          db.transaction((tx) => {
            const status = readSetting(tx, 'backupStatus');
            writeSetting(tx, 'backupStatus', { ...status, lastFailure: { at: now().toISOString(), message } }, now(), actor?.id ?? null);
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

  /** Writes the outcome on the office's connection when one is open, else on a short-lived one (after sign-out or a seal). */
  private record(key: Buffer, write: (db: AppDb) => void) {
    const access = this.source.access();
    if (access) {
      write(access.db);
      return;
    }
    const open = openEncryptedDatabase(this.source.databaseFile, {
      key,
      migrationsFolder: this.source.migrationsFolder,
      nativeBinding: this.source.nativeBinding,
    });
    try {
      write(open.db);
    } finally {
      open.sqlite.close();
    }
  }
}

const services = new WeakMap<SessionManager, BackupService>();

/** A standalone app's one backup service, shared by the handlers and its schedule (an office host has its own). */
export function backupServiceFor(sessions: SessionManager): BackupService {
  let service = services.get(sessions);
  if (!service) {
    service = new BackupService(sessionBackupSource(sessions));
    services.set(sessions, service);
  }
  return service;
}
