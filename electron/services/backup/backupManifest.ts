import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'backup.json';
export const BACKUP_DB_FILE = 'probation.db';
export const BACKUP_VAULT_FILE = 'vault.json';

const fileEntrySchema = z.object({ name: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/**
 * backup.json beside the copied files. Holds nothing a court record could be read from: when, which schema,
 * and a checksum per file, so a truncated or altered copy is refused before anyone types a password.
 */
export const manifestSchema = z.object({
  format: z.literal('probation-desk-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  officeName: z.string(),
  /** The newest migration applied to the copy (its folderMillis); a newer app migrates it on restore. */
  schemaVersion: z.number(),
  files: z.array(fileEntrySchema),
  verification: z.string(),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** A backup's size as its manifest lists it (the database and the vault), the one size the app shows and records. */
export const backupSize = (manifest: BackupManifest) => manifest.files.reduce((sum, file) => sum + file.size, 0);

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function describeFile(dir: string, name: string) {
  const file = path.join(dir, name);
  return { name, size: statSync(file).size, sha256: await sha256File(file) };
}

export class BackupDamagedError extends Error {}

/** Reads and checks a backup folder's manifest; a missing or unreadable one is a clear refusal. */
export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(dir)) throw new BackupDamagedError(`There is no backup at ${dir}.`);
  if (!existsSync(file)) throw new BackupDamagedError(`${dir} is not a Probation Desk backup: it has no ${MANIFEST_FILE}.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new BackupDamagedError(`The backup's ${MANIFEST_FILE} is damaged (not valid JSON); this backup cannot be used.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new BackupDamagedError(`The backup's ${MANIFEST_FILE} is not one this app wrote; this backup cannot be used.`);
  return parsed.data;
}

/** Every file the manifest lists must be there with its size and checksum: a truncated or altered copy is refused. */
export async function checkFiles(dir: string, manifest: BackupManifest) {
  for (const name of [BACKUP_DB_FILE, BACKUP_VAULT_FILE]) {
    const entry = manifest.files.find((f) => f.name === name);
    const file = path.join(dir, name);
    if (!entry || !existsSync(file)) throw new BackupDamagedError(`The backup is incomplete: ${name} is missing.`);
    const size = statSync(file).size;
    if (size !== entry.size) throw new BackupDamagedError(`The backup is damaged: ${name} is ${size} bytes but was written as ${entry.size} bytes (truncated or altered).`);
    if ((await sha256File(file)) !== entry.sha256) throw new BackupDamagedError(`The backup is damaged: ${name} does not match its checksum (altered or corrupted).`);
  }
}
