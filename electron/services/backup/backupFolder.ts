import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupSize, readManifest, type BackupManifest } from './backupManifest';

const NAME_PREFIX = 'probation-desk-backup-';
const PARTIAL_PREFIX = '.partial-';
/** A partial folder older than this is left over from a crash or a pulled drive, not a backup still running. */
const STALE_PARTIAL_MS = 6 * 60 * 60 * 1000;

export interface BackupEntry {
  name: string;
  dir: string;
  createdAt: string;
  sizeBytes: number;
  manifest: BackupManifest;
}

export class BackupFolderError extends Error {}

/** The folder must exist and be writable: a missing USB drive must not become a folder on the system disk. */
export function requireWritableFolder(folder: string) {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new BackupFolderError(`The backup folder ${folder} does not exist or cannot be reached (is the drive connected?).`);
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new BackupFolderError(`The backup folder ${folder} cannot be written to; choose a folder this account may write.`);
  }
}

/** A name that sorts by time and is valid on every file system: probation-desk-backup-2026-12-02T031500Z. */
export function backupName(at: Date, folder: string): string {
  const base = `${NAME_PREFIX}${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .replace(/^(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')}`;
  let name = base;
  for (let n = 2; existsSync(path.join(folder, name)); n += 1) name = `${base}-${n}`;
  return name;
}

export function partialDir(folder: string, name: string) {
  return path.join(folder, `${PARTIAL_PREFIX}${name}-${randomBytes(4).toString('hex')}`);
}

export function removeStalePartials(folder: string, now: Date) {
  for (const entry of readdirSync(folder)) {
    if (!entry.startsWith(PARTIAL_PREFIX)) continue;
    const dir = path.join(folder, entry);
    if (now.getTime() - statSync(dir).mtimeMs > STALE_PARTIAL_MS) rmSync(dir, { recursive: true, force: true });
  }
}

/** The finished backups in a folder, newest first; folders without a valid manifest are not ours and are left alone. */
export function listBackups(folder: string): BackupEntry[] {
  if (!existsSync(folder)) return [];
  const entries: BackupEntry[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(NAME_PREFIX)) continue;
    const dir = path.join(folder, name);
    try {
      const manifest = readManifest(dir);
      entries.push({ name, dir, createdAt: manifest.createdAt, sizeBytes: backupSize(manifest), manifest });
    } catch {
      // Not a backup this app can use; never deleted by rotation either.
    }
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
