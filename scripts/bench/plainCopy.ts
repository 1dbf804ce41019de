import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { nameConnectionWorkstation } from '../../db/connectionWorkstation';
import { tuneConnection, type AppDb } from '../../db/open';
import { drizzleWithStatementCache } from '../../db/statementCache';

/**
 * An unencrypted copy of a closed office database, the baseline that shows what encryption costs: the copy
 * is opened with the key and rekeyed to no key (rekey needs the rollback journal, not WAL).
 */
export function makePlainCopy(encryptedFile: string, key: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'probation-desk-bench-')), 'plain.db');
  copyFileSync(encryptedFile, file);
  const sqlite = new Database(file);
  sqlite.pragma(`cipher='sqlcipher'`);
  sqlite.pragma('legacy=4');
  sqlite.pragma(`key="x'${key.toString('hex')}'"`);
  sqlite.pragma('journal_mode=DELETE');
  sqlite.pragma(`rekey=''`);
  sqlite.close();
  return file;
}

/** Opens the plain copy with the same settings the app uses for the encrypted one. */
export function openPlain(file: string): { sqlite: Database.Database; db: AppDb } {
  const sqlite = new Database(file);
  tuneConnection(sqlite);
  nameConnectionWorkstation(sqlite, null);
  sqlite.pragma('foreign_keys=ON');
  return { sqlite, db: drizzleWithStatementCache(sqlite) };
}
