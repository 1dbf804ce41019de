import { copyFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPrivateFolder, restrictFiles } from '../../../db/fileModes';
import { BACKUP_DB_FILE, BACKUP_VAULT_FILE, backupSize, describeFile, MANIFEST_FILE, type BackupManifest } from './backupManifest';
import { backupName, listBackups, partialDir, removeStalePartials, requireWritableFolder } from './backupFolder';
import type { BackupSettings } from '../../api/backup/backupSchemas';
import type { BackupPhase, BackupProgress, BackupResult } from '../../api/backup/backupWire';
import { checkDatabase, compareCounts, openKeyed } from './databaseChecks';
import { backupsToKeep } from './retention';
import { snapshotDatabase } from './snapshot';

export interface BackupRequest {
  databaseFile: string;
  vaultFile: string;
  key: Buffer;
  folder: string;
  retention: Pick<BackupSettings, 'keepDaily' | 'keepWeekly' | 'keepMonthly'>;
  timeZone: string;
  officeName: string;
  appRoot: string;
  nativeBinding?: string;
  now: () => Date;
  onProgress?: (progress: BackupProgress) => void;
}

/** A backup that was written but did not verify, or could not be written; its files are gone. */
export class BackupFailedError extends Error {}

const schemaVersionOf = (file: string, key: Buffer, nativeBinding?: string): number => {
  const sqlite = openKeyed(file, key, { readonly: true, nativeBinding });
  try {
    return Number(sqlite.prepare('SELECT max(created_at) FROM "__drizzle_migrations"').pluck().get() ?? 0);
  } finally {
    sqlite.close();
  }
};

/**
 * One verified backup: the database copied consistently while the app runs, the vault beside it, every copy
 * checked before the folder gets its final name (a partial folder is removed on failure), then rotation.
 */
export async function createBackup(request: BackupRequest): Promise<BackupResult> {
  const started = Date.now();
  const createdAt = request.now();
  requireWritableFolder(request.folder);
  removeStalePartials(request.folder, createdAt);
  const name = backupName(createdAt, request.folder);
  const work = partialDir(request.folder, name);
  const progress = (phase: BackupPhase, fraction: number) => request.onProgress?.({ phase, fraction });
  // The backup holds the office's vault: only the account that runs the app may open its folder and files.
  createPrivateFolder(work);
  try {
    const target = path.join(work, BACKUP_DB_FILE);
    const counts = await snapshotDatabase({
      source: request.databaseFile,
      target,
      key: request.key,
      appRoot: request.appRoot,
      nativeBinding: request.nativeBinding,
      onProgress: (f) => progress('copy', f * 0.7),
    });
    // The vault is replaced atomically, so a plain copy is always a whole version of it.
    copyFileSync(request.vaultFile, path.join(work, BACKUP_VAULT_FILE));
    // VACUUM INTO creates its file by the umask (0644).
    restrictFiles([target, path.join(work, BACKUP_VAULT_FILE)]);
    progress('verify', 0.7);
    const check = checkDatabase(target, request.key, request.nativeBinding);
    if (!check.ok) throw new BackupFailedError(`The backup did not verify and was deleted: ${check.message}`);
    const mismatch = compareCounts(check.counts, counts.before, counts.after);
    if (mismatch) throw new BackupFailedError(`The backup did not verify and was deleted: ${mismatch}`);
    const tables = Object.keys(check.counts).length;
    const verification = `${check.message} Row counts of all ${tables} tables match the live database.`;
    progress('finish', 0.9);
    const manifest: BackupManifest = {
      format: 'probation-desk-backup',
      version: 1,
      createdAt: createdAt.toISOString(),
      officeName: request.officeName,
      schemaVersion: schemaVersionOf(target, request.key, request.nativeBinding),
      files: [await describeFile(work, BACKUP_DB_FILE), await describeFile(work, BACKUP_VAULT_FILE)],
      verification,
    };
    writeFileSync(path.join(work, MANIFEST_FILE), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    const dir = path.join(request.folder, name);
    renameSync(work, dir);
    const removed = rotate(request);
    progress('finish', 1);
    return { name, dir, createdAt: manifest.createdAt, sizeBytes: backupSize(manifest), durationMs: Date.now() - started, verification, removed };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    if (error instanceof BackupFailedError) throw error;
    throw new BackupFailedError(`The backup could not be written: ${(error as Error).message}`);
  }
}

function rotate(request: BackupRequest): string[] {
  const backups = listBackups(request.folder);
  const keep = backupsToKeep(backups, request.retention, request.timeZone);
  const removed = backups.filter((b) => !keep.has(b.name));
  for (const backup of removed) rmSync(backup.dir, { recursive: true, force: true });
  return removed.map((b) => b.name);
}
