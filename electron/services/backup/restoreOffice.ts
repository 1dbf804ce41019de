import path from 'node:path';
import { AppError } from '../../api/errors';
import type { RestoreResult } from '../../api/backup/backupWire';
import type { BackupCredential } from '../../api/backup/restoreSchemas';
import type { SessionManager } from '../auth/sessionManager';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { BackupDamagedError } from './backupManifest';
import type { BackupService } from './backupService';
import { restoreBackup } from './restoreBackup';

/** Replaces the signed-in office with a backup; the replaced database is kept as a safety copy and everyone signs in again. */
export function restoreOver(sessions: SessionManager, backups: BackupService, ctx: ServiceContext, backupDir: string, credential: BackupCredential): Promise<RestoreResult> {
  if (backups.busy) throw new AppError('CONFLICT', 'A backup is running; restore when it has finished.');
  return restore(sessions, backupDir, credential, () => {
    recordAudit(ctx.db, { action: 'backup.restore', entity: 'office', detail: `office replaced by the backup at ${backupDir}`, actor: ctx.actor, ts: ctx.clock.now() });
    sessions.logout();
  });
}

/** A new workstation: only while no office exists in the data folder. */
export function restoreFirstRun(sessions: SessionManager, backupDir: string, credential: BackupCredential): Promise<RestoreResult> {
  if (sessions.status().state !== 'setup-required')
    throw new AppError('ALREADY_SET_UP', 'This workstation already has an office. An administrator restores backups from Administration.');
  return restore(sessions, backupDir, credential);
}

async function restore(sessions: SessionManager, backupDir: string, credential: BackupCredential, beforeReplace?: () => void): Promise<RestoreResult> {
  try {
    return await restoreBackup({
      backupDir,
      credential,
      dataDir: path.dirname(sessions.databaseFile),
      databaseFile: sessions.databaseFile,
      vaultFile: sessions.vault.file,
      migrationsFolder: sessions.options.migrationsFolder,
      nativeBinding: sessions.options.nativeBinding,
      now: sessions.now,
      beforeReplace,
    });
  } catch (error) {
    if (error instanceof BackupDamagedError) throw new AppError('VALIDATION', error.message, 'backup');
    throw error;
  }
}
