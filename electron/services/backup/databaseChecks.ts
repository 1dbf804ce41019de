import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { applyKey } from '../../../db/open';
import * as schema from '../../../db/schema';
import { verifyChain } from '../audit/auditChain';

export interface DatabaseCheck {
  ok: boolean;
  /** The first problem found, in words for an administrator; or a summary of what passed. */
  message: string;
  counts: Record<string, number>;
  auditRows: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function userTables(sqlite: Database.Database): string[] {
  return sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

export function rowCounts(sqlite: Database.Database): Record<string, number> {
  return Object.fromEntries(
    userTables(sqlite).map((t) => [
      t,
      sqlite
        .prepare(`SELECT count(*) FROM ${quote(t)}`)
        .pluck()
        .get() as number,
    ]),
  );
}

const ftsTables = (sqlite: Database.Database) =>
  sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'").pluck().all() as string[];

/** Opens a database copy with the office key; a wrong key or a file that is not a database gives a clear error. */
export function openKeyed(file: string, key: Buffer, options: { readonly: boolean; nativeBinding?: string }): Database.Database {
  const sqlite = new Database(file, { readonly: options.readonly, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    applyKey(sqlite, key);
    sqlite.pragma('temp_store=MEMORY');
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw new Error(`it could not be decrypted with the office key (${(error as Error).message})`);
  }
}

/**
 * Everything that tells a usable copy from a damaged one: page-level integrity (FTS5 shadow tables included),
 * foreign keys, each full-text index against its content, and the audit hash chain. The read-only pass does
 * the checks; the FTS "integrity-check" command is an INSERT, so it runs on a second connection inside a
 * transaction that is rolled back.
 */
export function checkDatabase(file: string, key: Buffer, nativeBinding?: string): DatabaseCheck {
  const fail = (message: string, counts: Record<string, number> = {}): DatabaseCheck => ({ ok: false, message, counts, auditRows: 0 });
  let readonly: Database.Database;
  try {
    readonly = openKeyed(file, key, { readonly: true, nativeBinding });
  } catch (error) {
    return fail(`The database copy is unreadable: ${(error as Error).message}.`);
  }
  try {
    const integrity = readonly.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity[0]?.integrity_check !== 'ok')
      return fail(
        `The database copy is damaged: ${integrity
          .slice(0, 3)
          .map((r) => r.integrity_check)
          .join('; ')}.`,
      );
    const broken = readonly.pragma('foreign_key_check') as { table: string }[];
    if (broken.length > 0) return fail(`The database copy has ${broken.length} broken reference(s), first in table ${broken[0].table}.`);
    const counts = rowCounts(readonly);
    const chain = verifyChain(drizzle(readonly, { schema }));
    if (!chain.ok) return fail(`The audit log in the copy does not verify: ${chain.message}`, counts);
    const ftsProblem = checkFullText(file, key, ftsTables(readonly), nativeBinding);
    if (ftsProblem) return fail(ftsProblem, counts);
    return { ok: true, message: `Integrity, references, full-text indexes and ${chain.rowsChecked} audit rows verified.`, counts, auditRows: chain.rowsChecked };
  } catch (error) {
    return fail(`The database copy could not be checked: ${(error as Error).message}.`);
  } finally {
    readonly.close();
  }
}

function checkFullText(file: string, key: Buffer, tables: string[], nativeBinding?: string): string | null {
  if (tables.length === 0) return null;
  const sqlite = openKeyed(file, key, { readonly: false, nativeBinding });
  try {
    sqlite.exec('BEGIN');
    for (const table of tables) {
      try {
        sqlite.prepare(`INSERT INTO ${quote(table)}(${quote(table)}, rank) VALUES ('integrity-check', 1)`).run();
      } catch (error) {
        return `The full-text index ${table} in the copy does not match its records: ${(error as Error).message}.`;
      }
    }
    return null;
  } finally {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    sqlite.close();
  }
}

/**
 * Row counts of the copy against the live database read just before and just after the copy: equal where
 * nothing changed meanwhile, and between the two where writes went on during the copy.
 */
export function compareCounts(copy: Record<string, number>, before: Record<string, number>, after: Record<string, number>): string | null {
  for (const table of new Set([...Object.keys(before), ...Object.keys(copy)])) {
    const low = Math.min(before[table] ?? 0, after[table] ?? 0);
    const high = Math.max(before[table] ?? 0, after[table] ?? 0);
    const got = copy[table];
    if (got === undefined) return `Table ${table} is missing from the copy.`;
    if (got < low || got > high) return `Table ${table} has ${got} rows in the copy but ${before[table] ?? 0} in the live database.`;
  }
  return null;
}
