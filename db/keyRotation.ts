import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { applyKey } from './open';
import type { Vault } from './vault';

/**
 * Rotating the database key, in an order a power cut cannot break:
 *   1. key-rotation.json: the new key, encrypted under the current one (fsynced);
 *   2. PRAGMA rekey (SQLCipher rewrites every page in one rollback-journal transaction, so WAL is off meanwhile);
 *   3. vault.json re-sealed to the new key; 4. the journal removed.
 * A cut before 2 commits leaves the old key working, a cut after it leaves the vault on the old key; either
 * way the next sign-in (settleKeyRotation) finds the journal, tells which key the database takes, and finishes.
 */
export const ROTATION_JOURNAL = 'key-rotation.json';

const journalSchema = z.object({ iv: z.string(), data: z.string(), tag: z.string() });
const JOURNAL_AAD = Buffer.from('probation-desk key rotation v1');

const journalPath = (vault: Vault) => path.join(path.dirname(vault.file), ROTATION_JOURNAL);

export function writeRotationJournal(vault: Vault, currentKey: Buffer, newKey: Buffer) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
  cipher.setAAD(JOURNAL_AAD);
  const data = Buffer.concat([cipher.update(newKey), cipher.final()]);
  const fd = openSync(journalPath(vault), 'w', 0o600);
  try {
    writeFileSync(fd, JSON.stringify({ iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') }));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The new key of an unfinished rotation begun under `key`; null when there is none (or it was begun under another key). */
function journaledKey(vault: Vault, key: Buffer): Buffer | null {
  const file = journalPath(vault);
  if (!existsSync(file)) return null;
  try {
    const box = journalSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
    decipher.setAAD(JOURNAL_AAD);
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(box.data, 'base64')), decipher.final()]);
  } catch {
    // Left by a rotation that finished under another key (cut before step 4), or damaged: nothing to resume.
    rmSync(file, { force: true });
    return null;
  }
}

export function rekeyDatabase(sqlite: Database.Database, newKey: Buffer) {
  const mode = String(sqlite.pragma('journal_mode', { simple: true }));
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode=DELETE');
  try {
    sqlite.pragma(`rekey="x'${newKey.toString('hex')}'"`);
  } finally {
    sqlite.pragma(`journal_mode=${mode}`);
  }
}

function finishRotation(vault: Vault, newKey: Buffer, now: Date) {
  vault.replace(vault.resealed(newKey, now));
  rmSync(journalPath(vault), { force: true });
}

/**
 * Gives the open database a new random key and re-seals every slot to it; `key` (the session's buffer) is
 * overwritten with the new key. Refuses before changing anything while a slot cannot take a new key.
 */
export function rotateDatabaseKey(sqlite: Database.Database, vault: Vault, key: Buffer, now: Date) {
  vault.resealed(key, now);
  const newKey = randomBytes(32);
  writeRotationJournal(vault, key, newKey);
  rekeyDatabase(sqlite, newKey);
  finishRotation(vault, newKey, now);
  key.set(newKey);
  newKey.fill(0);
}

function openFile(file: string, nativeBinding: string | undefined) {
  return new Database(file, nativeBinding ? { fileMustExist: true, nativeBinding } : { fileMustExist: true });
}

function databaseTakes(file: string, key: Buffer, nativeBinding: string | undefined) {
  const sqlite = openFile(file, nativeBinding);
  try {
    applyKey(sqlite, key);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    sqlite.close();
  }
}

/**
 * Called at sign-in with the key just unwrapped, before the database is opened: finishes a rotation a crash
 * interrupted. `key` is overwritten with the key the database takes from now on.
 */
export function settleKeyRotation(databaseFile: string, vault: Vault, key: Buffer, now: Date, nativeBinding?: string) {
  const next = journaledKey(vault, key);
  if (!next) return;
  if (!databaseTakes(databaseFile, next, nativeBinding)) {
    const sqlite = openFile(databaseFile, nativeBinding);
    try {
      applyKey(sqlite, key);
      rekeyDatabase(sqlite, next);
    } finally {
      sqlite.close();
    }
  }
  finishRotation(vault, next, now);
  key.set(next);
  next.fill(0);
}
