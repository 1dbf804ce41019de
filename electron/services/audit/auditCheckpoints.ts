import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { ensurePrivateFolder } from '../../../db/fileModes';
import type { DbExecutor } from '../../../db/open';
import { auditHead, auditLog } from '../../../db/schema';
import { readSetting } from '../settings/settings';
import { auditCheckpointWire, type AuditCheckpoint } from '../../api/audit/auditWire';

/**
 * The audit chain's head (row count + hash of the last row + time), appended at every sign-out, lock and
 * backup to a file outside the data folder. Whoever holds the database key can rewrite the whole chain
 * and its head inside the database, but not a checkpoint kept (or printed) elsewhere: verify compares the
 * chain with the last one.
 */
export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

export const defaultCheckpointFolder = (dataDir: string) => `${path.resolve(dataDir)}-audit-checkpoints`;

export function checkpointFolderOf(db: DbExecutor, dataDir: string): string {
  return readSetting(db, 'security').auditCheckpointFolder || defaultCheckpointFolder(dataDir);
}

/** Appends the current head to the checkpoint file; the backup command calls this at every backup. */
export function writeAuditCheckpoint(db: DbExecutor, dataDir: string, now: Date): AuditCheckpoint {
  const head = db.select().from(auditHead).where(eq(auditHead.id, 1)).get();
  const checkpoint: AuditCheckpoint = { rows: head?.lastId ?? 0, head: head?.lastHash ?? '0'.repeat(64), at: now.toISOString() };
  const folder = checkpointFolderOf(db, dataDir);
  ensurePrivateFolder(folder);
  const file = path.join(folder, CHECKPOINT_FILE);
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return checkpoint;
}

/**
 * The same after something that has already happened (a sign-out, a backup, a restore): a checkpoint folder
 * that cannot be written (a missing drive, a full disk) is logged, never reported as that operation failing.
 */
export function writeAuditCheckpointOrLog(db: DbExecutor, dataDir: string, now: Date, after: string) {
  try {
    writeAuditCheckpoint(db, dataDir, now);
  } catch (error) {
    console.error(`[probation-desk] The audit checkpoint could not be written after ${after}:`, (error as Error).message);
  }
}

export function lastAuditCheckpoint(folder: string): AuditCheckpoint | null {
  const file = path.join(folder, CHECKPOINT_FILE);
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse();
  for (const line of lines) {
    try {
      return auditCheckpointWire.parse(JSON.parse(line));
    } catch {
      // A torn last line (power cut while appending): the one before it still holds.
    }
  }
  return null;
}

export type CheckpointProblem = 'deleted' | 'rehashed';

/** What the chain says about the checkpointed row: null when it matches. */
export function compareWithCheckpoint(db: DbExecutor, checkpoint: AuditCheckpoint): { problem: CheckpointProblem; message: string } | null {
  if (checkpoint.rows === 0) return null;
  const row = db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, checkpoint.rows)).get();
  const when = `the checkpoint of ${checkpoint.at}`;
  if (!row) {
    return { problem: 'deleted', message: `Audit row ${checkpoint.rows}, recorded in ${when}, is gone: rows were deleted with the database key.` };
  }
  if (row.hash !== checkpoint.head) {
    return {
      problem: 'rehashed',
      message: `Audit rows up to ${checkpoint.rows} no longer match ${when}: rows were edited or deleted and the chain re-hashed with the database key.`,
    };
  }
  return null;
}
