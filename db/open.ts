import Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { nameConnectionWorkstation } from './connectionWorkstation';
import { preparePrivateDatabaseFile } from './fileModes';
import { drizzleWithStatementCache } from './statementCache';
import type * as schema from './schema';

export type AppDb = BetterSQLite3Database<typeof schema>;
/** A database handle or an open transaction on it: services write inside the caller's transaction. */
export type DbTx = Parameters<Parameters<AppDb['transaction']>[0]>[0];
export type DbExecutor = AppDb | DbTx;

export interface OpenDatabase {
  sqlite: Database.Database;
  db: AppDb;
}

export class DatabaseOpenError extends Error {
  constructor(
    readonly code: 'WRONG_KEY' | 'NOT_A_DATABASE' | 'MIGRATION_FAILED',
    message: string,
  ) {
    super(message);
  }
}

export interface OpenOptions {
  /** 32 random bytes; used directly as the SQLCipher key, so no KDF runs on each open. */
  key: Buffer;
  migrationsFolder: string;
  /** Path of a better-sqlite3 binary built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Named on every audit row written through this connection; null where no workstation is known (scripts, tests). */
  workstation?: string | null;
}

export function applyKey(sqlite: Database.Database, key: Buffer) {
  if (key.length !== 32) throw new Error('The database key must be 32 bytes.');
  sqlite.pragma(`cipher='sqlcipher'`);
  sqlite.pragma('legacy=4');
  sqlite.pragma(`key="x'${key.toString('hex')}'"`);
}

/**
 * Pages the connection keeps decrypted in memory, filled only as they are read: 256 MiB, so the indexes writes
 * touch stay decrypted after the insights page has read the whole office's (at 64 MiB an outcome write cost
 * 1.27-1.31x the plain copy's after it, 1.11-1.14x at this size; the bench's own memory grew 541 -> 706 MB for
 * two connections).
 */
export const CACHE_KIB = 256 * 1024;

/**
 * The connection settings, for the encrypted office and for the plain copy the benchmark compares it with
 * (measured in `npm run bench`; see README, "Data at scale and benchmarks").
 */
export function tuneConnection(sqlite: Database.Database) {
  // The build's default keeps temp files on disk, where they are not encrypted.
  sqlite.pragma('temp_store=MEMORY');
  // Readers do not wait for the writer, and a commit appends to one file.
  sqlite.pragma('journal_mode=WAL');
  // In WAL mode NORMAL may lose the last commits on a power cut; FULL syncs the log on every commit (about 1 ms a write here).
  sqlite.pragma('synchronous=FULL');
  // Deleted records are overwritten, not left readable in free pages.
  sqlite.pragma('secure_delete=ON');
  // A second connection (a backup, another window) waits for a lock instead of failing at once.
  sqlite.pragma('busy_timeout=5000');
  // SQLite's 2 MB default made SQLCipher decrypt the same index pages again on every caseload and dashboard read.
  sqlite.pragma(`cache_size=-${CACHE_KIB}`);
  // No mmap_size: SQLite3MultipleCiphers allows it for unencrypted files only, as mapped pages would skip decryption.
}

/**
 * Opens (or creates) the SQLCipher v4 database and brings its schema up to date.
 * A wrong key only shows on the first read, so the key is verified by reading sqlite_master.
 */
export function openEncryptedDatabase(file: string, options: OpenOptions): OpenDatabase {
  preparePrivateDatabaseFile(file);
  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyKey(sqlite, options.key);
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new DatabaseOpenError('WRONG_KEY', 'The database could not be decrypted: the key is wrong or the file is not a Probation Desk database.');
    }
    tuneConnection(sqlite);
    nameConnectionWorkstation(sqlite, options.workstation ?? null);
    runMigrations(sqlite, options.migrationsFolder);
    sqlite.pragma('foreign_keys=ON');
    return { sqlite, db: drizzleWithStatementCache(sqlite) };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * drizzle-kit rebuilds tables with PRAGMA foreign_keys=OFF, which is a no-op inside a transaction; so keys are
 * switched off around the whole run and checked before it commits. drizzle's own migrator commits before a
 * check could run (a rejected update would stay applied and fail every later open), so the same steps run
 * here in one transaction, keeping its __drizzle_migrations bookkeeping.
 */
function runMigrations(sqlite: Database.Database, migrationsFolder: string) {
  sqlite.pragma('foreign_keys=OFF');
  const apply = sqlite.transaction(() => {
    sqlite.exec('CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)');
    const last = sqlite.prepare('SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1').pluck().get();
    const record = sqlite.prepare('INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)');
    const pending = readMigrationFiles({ migrationsFolder }).filter((migration) => last === undefined || Number(last) < migration.folderMillis);
    for (const migration of pending) {
      for (const statement of migration.sql) sqlite.exec(statement);
      record.run(migration.hash, migration.folderMillis);
    }
    // The check reads every reference in the file (tens of seconds on a scale office), so it runs only when the schema changed.
    const violations = pending.length ? (sqlite.pragma('foreign_key_check') as unknown[]) : [];
    if (violations.length > 0) {
      throw new DatabaseOpenError('MIGRATION_FAILED', `Updating the database schema left ${violations.length} broken reference(s); the update was not accepted.`);
    }
  });
  try {
    apply();
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError('MIGRATION_FAILED', `Updating the database schema failed: ${(error as Error).message}`);
  }
}
