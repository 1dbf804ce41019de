import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { createPrivateFolder, restrictFiles } from '../../../db/fileModes';
import { openEncryptedDatabase, type DbExecutor } from '../../../db/open';
import { normalizeRecoveryKey } from '../../../db/recoveryKey';
import { users } from '../../../db/schema';
import { Vault } from '../../../db/vault';
import { VaultError } from '../../../db/vaultFormat';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import { writeAuditCheckpointOrLog } from '../audit/auditCheckpoints';
import { readSetting, writeSetting } from '../settings/settings';
import { BACKUP_DB_FILE, BACKUP_VAULT_FILE, BackupDamagedError, backupSize, checkFiles, readManifest, type BackupManifest } from './backupManifest';
import { checkDatabase } from './databaseChecks';
import type { BackupCredential } from '../../api/backup/restoreSchemas';
import type { RestoreResult } from '../../api/backup/backupWire';

export interface RestoreRequest {
  backupDir: string;
  credential: BackupCredential;
  dataDir: string;
  databaseFile: string;
  vaultFile: string;
  migrationsFolder: string;
  nativeBinding?: string;
  now: () => Date;
  /** Runs once the backup is proven good, just before the live files are moved: closes the live database. */
  beforeReplace?: () => void;
}

const LIVE_SUFFIXES = ['', '-wal', '-shm'];

/** The backup's key, unwrapped from the backup's own vault with a password of an account in it or the recovery key. */
export async function unlockBackup(backupDir: string, credential: BackupCredential): Promise<{ key: Buffer; manifest: BackupManifest }> {
  const manifest = readManifest(backupDir);
  await checkFiles(backupDir, manifest);
  const vault = new Vault(path.join(backupDir, BACKUP_VAULT_FILE));
  const slot = credential.kind === 'password' ? vault.findUserSlot(credential.username) : vault.recoverySlot();
  if (!slot) {
    throw credential.kind === 'password'
      ? new AppError('AUTH_FAILED', `There is no account "${credential.username}" in this backup.`, 'credential.username')
      : new AppError('AUTH_FAILED', 'This backup has no recovery key slot.', 'credential.recoveryKey');
  }
  try {
    const secret = credential.kind === 'password' ? credential.password : normalizeRecoveryKey(credential.recoveryKey);
    return { key: await vault.unwrap(slot, secret), manifest };
  } catch (error) {
    if (error instanceof VaultError && error.code === 'WRONG_SECRET') {
      const field = credential.kind === 'password' ? 'credential.password' : 'credential.recoveryKey';
      throw new AppError('AUTH_FAILED', credential.kind === 'password' ? 'The password is not correct for this account in the backup.' : error.message, field);
    }
    throw new BackupDamagedError((error as Error).message);
  }
}

const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/**
 * Replaces (or creates) the office in a data folder from a backup: checksums, the key, the full verification,
 * then the schema brought up to this version and the restore appended to the backup's audit chain, all on a
 * staging copy inside the data folder. Only then are the live files moved aside into a safety copy and the
 * restored ones renamed into place, so a refused backup leaves the live office untouched.
 */
export async function restoreBackup(request: RestoreRequest): Promise<RestoreResult> {
  const { key, manifest } = await unlockBackup(request.backupDir, request.credential);
  const now = request.now();
  const staging = path.join(request.dataDir, `.restore-${randomBytes(4).toString('hex')}`);
  const hasLive = existsSync(request.databaseFile) || existsSync(request.vaultFile);
  const safetyCopy = hasLive ? path.join(request.dataDir, `replaced-${stamp(now)}`) : null;
  createPrivateFolder(staging);
  try {
    const stagedDb = path.join(staging, BACKUP_DB_FILE);
    const stagedVault = path.join(staging, BACKUP_VAULT_FILE);
    copyFileSync(path.join(request.backupDir, BACKUP_DB_FILE), stagedDb);
    copyFileSync(path.join(request.backupDir, BACKUP_VAULT_FILE), stagedVault);
    // A copy takes the backup's mode, which a copy made by hand onto a shared drive may have widened.
    restrictFiles([stagedDb, stagedVault]);
    const check = checkDatabase(stagedDb, key, request.nativeBinding);
    if (!check.ok) throw new BackupDamagedError(`The backup cannot be restored: ${check.message}`);
    const { migrated, auditRows } = finishStagedDatabase(stagedDb, key, request, manifest, safetyCopy);
    request.beforeReplace?.();
    swapIn(staging, request, safetyCopy);
    checkpointRestoredChain(key, request);
    return { createdAt: manifest.createdAt, safetyCopy, migrated, auditRows };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function finishStagedDatabase(file: string, key: Buffer, request: RestoreRequest, manifest: BackupManifest, safetyCopy: string | null) {
  const open = openEncryptedDatabase(file, { key, migrationsFolder: request.migrationsFolder, nativeBinding: request.nativeBinding });
  try {
    const version = Number(open.sqlite.prepare('SELECT max(created_at) FROM "__drizzle_migrations"').pluck().get() ?? 0);
    const migrated = version > manifest.schemaVersion;
    const { credential } = request;
    const user = credential.kind === 'password' ? open.db.select().from(users).where(eq(users.username, credential.username)).get() : undefined;
    const actor = user ? { id: user.id, username: user.username } : { id: null, username: credential.kind === 'password' ? credential.username : 'recovery key' };
    const parts = [
      `backup of ${manifest.createdAt}`,
      migrated ? 'schema updated to this version' : null,
      safetyCopy ? `replaced office kept in ${path.basename(safetyCopy)}` : 'new workstation',
    ];
    const row = open.db.transaction((tx) => {
      rememberRestoredBackup(tx, request, manifest, actor.id);
      return recordAudit(tx, { action: 'backup.restore', entity: 'office', detail: parts.filter(Boolean).join('; '), actor, ts: request.now() });
    });
    open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { migrated, auditRows: row.id };
  } finally {
    open.sqlite.close();
  }
}

/**
 * A backup is written before its own outcome is recorded, so the copy does not know it was backed up: the
 * restored office takes the backup it came from as its last verified one (Home then warns by its age, not "none").
 */
function rememberRestoredBackup(tx: DbExecutor, request: RestoreRequest, manifest: BackupManifest, userId: number | null) {
  const status = readSetting(tx, 'backupStatus');
  if (status.lastGood && status.lastGood.at >= manifest.createdAt) return;
  const lastGood = {
    at: manifest.createdAt,
    name: path.basename(request.backupDir),
    folder: path.dirname(request.backupDir),
    sizeBytes: backupSize(manifest),
    durationMs: 0,
    message: manifest.verification,
  };
  writeSetting(tx, 'backupStatus', { ...status, lastGood }, request.now(), userId);
}

/**
 * The checkpoint file holds the replaced office's chain; without a checkpoint of the restored chain, the next
 * verification would take the restore for rows edited with the database key.
 */
function checkpointRestoredChain(key: Buffer, request: RestoreRequest) {
  const open = openEncryptedDatabase(request.databaseFile, { key, migrationsFolder: request.migrationsFolder, nativeBinding: request.nativeBinding });
  try {
    writeAuditCheckpointOrLog(open.db, request.dataDir, request.now(), 'the restore');
  } finally {
    open.sqlite.close();
  }
}

function swapIn(staging: string, request: RestoreRequest, safetyCopy: string | null) {
  const moved: [string, string][] = [];
  const move = (from: string, to: string) => {
    renameSync(from, to);
    moved.push([from, to]);
  };
  try {
    if (safetyCopy) {
      createPrivateFolder(safetyCopy);
      for (const suffix of LIVE_SUFFIXES) {
        const file = request.databaseFile + suffix;
        if (existsSync(file)) move(file, path.join(safetyCopy, path.basename(file)));
      }
      if (existsSync(request.vaultFile)) move(request.vaultFile, path.join(safetyCopy, path.basename(request.vaultFile)));
    }
    move(path.join(staging, BACKUP_DB_FILE), request.databaseFile);
    move(path.join(staging, BACKUP_VAULT_FILE), request.vaultFile);
  } catch (error) {
    // Puts back whatever was moved, so a failure halfway leaves the office as it was.
    for (const [from, to] of moved.reverse()) renameSync(to, from);
    throw error;
  }
}
