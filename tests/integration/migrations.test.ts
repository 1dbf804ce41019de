import { randomBytes } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { is } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, openEncryptedDatabase, type OpenDatabase } from '../../db/open';
import * as schema from '../../db/schema';
import { useTempDirs } from '../fixtures/tempDirs';
import { MIGRATIONS_FOLDER } from '../fixtures/tempOffice';

const tempDir = useTempDirs();
const SHIPPED_MIGRATIONS = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
const SCHEMA_TABLES = Object.values(schema)
  .filter((value) => is(value, SQLiteTable))
  .map((table) => getTableConfig(table).name);
const key = randomBytes(32);

const openWith = (file: string, migrationsFolder = MIGRATIONS_FOLDER): OpenDatabase => openEncryptedDatabase(file, { key, migrationsFolder });
const newDatabaseFile = () => path.join(tempDir('db'), 'probation.db');

/** A copy of db/migrations with one more migration, as drizzle-kit would add it (SQL file plus journal entry). */
function migrationsPlus(tag: string, sql: string): string {
  const folder = path.join(tempDir('migrations'), 'migrations');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  writeFileSync(path.join(folder, `${tag}.sql`), sql);
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  const last = journal.entries[journal.entries.length - 1];
  journal.entries.push({ idx: last.idx + 1, version: last.version, when: last.when + 1000, tag, breakpoints: true });
  writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  return folder;
}

const USER_COLUMNS = '"id", "username", "full_name", "title", "role", "active", "must_change_password", "last_login_at", "created_at", "updated_at", "supervisor_id"';

/**
 * What drizzle-kit writes for a new table referencing users plus a new column that needs a rebuild of users:
 * the rebuild drops a table that settings references, which only works with foreign keys off around the run.
 */
const REBUILD_MIGRATION = `CREATE TABLE \`caseloads\` (
	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	\`officer_id\` integer NOT NULL,
	\`label\` text NOT NULL,
	FOREIGN KEY (\`officer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_users\` (
	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	\`username\` text NOT NULL,
	\`full_name\` text NOT NULL,
	\`title\` text DEFAULT '' NOT NULL,
	\`role\` text NOT NULL,
	\`active\` integer DEFAULT true NOT NULL,
	\`must_change_password\` integer DEFAULT false NOT NULL,
	\`last_login_at\` text,
	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	\`updated_at\` text,
	\`supervisor_id\` integer,
	\`badge\` text DEFAULT '' NOT NULL,
	FOREIGN KEY (\`supervisor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO \`__new_users\`(${USER_COLUMNS}) SELECT ${USER_COLUMNS} FROM \`users\`;--> statement-breakpoint
DROP TABLE \`users\`;--> statement-breakpoint
ALTER TABLE \`__new_users\` RENAME TO \`users\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX \`users_username_unique\` ON \`users\` (\`username\`);`;

/** A copy of db/migrations without the ones from `tag` on: a database as an older version of the app left it. */
function migrationsBefore(tag: string): string {
  const folder = path.join(tempDir('migrations'), 'migrations');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((entry: { tag: string }) => entry.tag === tag),
  );
  writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  return folder;
}

function insertUserAndSetting({ sqlite }: OpenDatabase): number {
  const id = sqlite.prepare("INSERT INTO users (username, full_name, role) VALUES ('olivia', 'Olivia Officer', 'officer')").run().lastInsertRowid;
  sqlite.prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('office', '{\"name\":\"Kept\"}', '2025-01-01', ?)").run(id);
  return Number(id);
}

/** Ordinary tables only: FTS5 tables are 'virtual' and their storage 'shadow' in table_list. */
const tableNames = ({ sqlite }: OpenDatabase, type = 'table') =>
  sqlite.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all(type);
/** The full-text indexes the custom migration 0003 adds beside the drizzle schema. */
const SEARCH_TABLES = ['addendum_search', 'client_search', 'note_search'];
const appliedMigrations = ({ sqlite }: OpenDatabase) => sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get();

describe('migrations on an encrypted database', () => {
  it('give a fresh file every table of the schema', () => {
    const open = openWith(newDatabaseFile());
    try {
      expect(tableNames(open)).toEqual(['__drizzle_migrations', ...SCHEMA_TABLES].sort());
      expect(tableNames(open, 'virtual')).toEqual(SEARCH_TABLES);
      expect(appliedMigrations(open)).toBe(SHIPPED_MIGRATIONS);
    } finally {
      open.sqlite.close();
    }
  });

  it('apply nothing twice when the file is reopened', () => {
    const file = newDatabaseFile();
    const first = openWith(file);
    insertUserAndSetting(first);
    first.sqlite.close();

    const again = openWith(file);
    try {
      expect(appliedMigrations(again)).toBe(SHIPPED_MIGRATIONS);
      expect(again.sqlite.prepare('SELECT username FROM users').pluck().all()).toEqual(['olivia']);
    } finally {
      again.sqlite.close();
    }
  });

  it('apply a later migration that rebuilds a referenced table, keeping the data and the foreign keys', () => {
    const file = newDatabaseFile();
    const before = openWith(file);
    const userId = insertUserAndSetting(before);
    before.sqlite.close();

    const after = openWith(file, migrationsPlus('9999_test', REBUILD_MIGRATION));
    try {
      const { sqlite } = after;
      expect(appliedMigrations(after)).toBe(SHIPPED_MIGRATIONS + 1);
      expect(sqlite.prepare('SELECT id, username, badge FROM users').all()).toEqual([{ id: userId, username: 'olivia', badge: '' }]);
      expect(sqlite.prepare("SELECT updated_by FROM settings WHERE key = 'office'").pluck().get()).toBe(userId);
      // Both the old and the new reference point at the rebuilt table, and are enforced again.
      for (const table of ['settings', 'caseloads']) {
        expect(sqlite.pragma(`foreign_key_list(${table})`)).toMatchObject([{ table: 'users' }]);
      }
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      sqlite.prepare("INSERT INTO caseloads (officer_id, label) VALUES (?, 'North')").run(userId);
      expect(() => sqlite.prepare("INSERT INTO caseloads (officer_id, label) VALUES (999, 'Nobody')").run()).toThrow(/FOREIGN KEY constraint failed/);
    } finally {
      after.sqlite.close();
    }
  });

  it.each([
    [
      'fails',
      'CREATE TABLE `half_done` (`id` integer PRIMARY KEY);--> statement-breakpoint\nINSERT INTO `no_such_table` VALUES (1);',
      /^Updating the database schema failed: .*no_such_table/,
    ],
    [
      'breaks a reference',
      'CREATE TABLE `half_done` (`id` integer PRIMARY KEY);--> statement-breakpoint\nDELETE FROM `users`;',
      /left 1 broken reference\(s\); the update was not accepted/,
    ],
  ])('roll back a migration that %s, so the database opens as it was', (_case, sql, message) => {
    const file = newDatabaseFile();
    const before = openWith(file);
    insertUserAndSetting(before);
    before.sqlite.close();

    let caught: unknown;
    try {
      openWith(file, migrationsPlus('9999_rejected', sql)).sqlite.close();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError);
    expect((caught as DatabaseOpenError).code).toBe('MIGRATION_FAILED');
    expect((caught as DatabaseOpenError).message).toMatch(message);

    const reopened = openWith(file);
    try {
      expect(tableNames(reopened)).not.toContain('half_done');
      expect(appliedMigrations(reopened)).toBe(SHIPPED_MIGRATIONS);
      expect(reopened.sqlite.prepare('SELECT username FROM users').pluck().all()).toEqual(['olivia']);
    } finally {
      reopened.sqlite.close();
    }
  });

  it('0008 renames the stored codes to US spelling, signed notes and settings documents included', () => {
    const file = newDatabaseFile();
    const before = openWith(file, migrationsBefore('0008_us_spelling_codes'));
    const userId = insertUserAndSetting(before);
    const { sqlite } = before;
    const clientId = sqlite
      .prepare(
        "INSERT INTO clients (case_number, first_name, last_name, first_name_key, last_name_key, date_of_birth, sex, status, supervision_level, assigned_officer_id, supervision_start_date, created_by) VALUES ('PD-2025-00001', 'Jordan', 'Whitaker', 'jordan', 'whitaker', '1990-01-01', 'male', 'active', 'medium', ?, '2025-01-01', ?)",
      )
      .run(userId, userId).lastInsertRowid;
    const identifier = sqlite.prepare("INSERT INTO client_identifiers (client_id, type, value, value_key, issuer) VALUES (?, ?, ?, ?, '')");
    identifier.run(clientId, 'pnc_number', '01/123456A', '01123456a');
    identifier.run(clientId, 'drivers_licence', 'B1234567', 'b1234567');
    sqlite
      .prepare(
        "INSERT INTO case_notes (client_id, author_id, contact_type, contact_at, outcome, narrative, is_late_entry, status) VALUES (?, ?, 'programme', '2025-01-02T10:00', 'attended_complied', 'Group.', 0, 'signed')",
      )
      .run(clientId, userId);
    const settings = sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2025-01-01')");
    settings.run('intake', JSON.stringify({ standardConditions: [{ type: 'counselling', text: 'Attend counseling.' }] }));
    settings.run('contactStandards', JSON.stringify({ faceToFaceTypes: ['office_visit', 'programme'], dueSoonDays: 7 }));
    sqlite
      .prepare("INSERT INTO intake_drafts (owner_id, label, data, updated_at) VALUES (?, 'Draft', ?, '2025-01-01')")
      .run(
        userId,
        JSON.stringify({ courtCases: [{ offences: [{ offenceClass: 'misdemeanour' }] }], conditions: [{ type: 'counselling' }], identifiers: [{ type: 'drivers_licence' }] }),
      );
    sqlite.close();

    const after = openWith(file);
    try {
      const db = after.sqlite;
      expect(db.prepare('SELECT type, issuer FROM client_identifiers ORDER BY id').all()).toEqual([
        { type: 'other', issuer: 'Police National Computer (UK)' },
        { type: 'drivers_license', issuer: '' },
      ]);
      expect(db.prepare('SELECT contact_type FROM case_notes').pluck().get()).toBe('program');
      // The signed note is protected again once the rename is done.
      expect(() => db.prepare("UPDATE case_notes SET narrative = 'Changed.'").run()).toThrow(/Signed notes cannot be changed/);
      const setting = (name: string) => JSON.parse(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(name) as string);
      expect(setting('intake').standardConditions[0].type).toBe('counseling');
      expect(setting('contactStandards')).toEqual({ faceToFaceTypes: ['office_visit', 'program'], dueSoonDays: 7 });
      expect(JSON.parse(db.prepare('SELECT data FROM intake_drafts').pluck().get() as string)).toEqual({
        courtCases: [{ offences: [{ offenceClass: 'misdemeanor' }] }],
        conditions: [{ type: 'counseling' }],
        identifiers: [{ type: 'drivers_license' }],
      });
    } finally {
      after.sqlite.close();
    }
  });

  it('0011 and 0012 keep height and weight in millimeters and grams, intake drafts included', () => {
    const file = newDatabaseFile();
    const before = openWith(file, migrationsBefore('0011_canonical_height_weight'));
    const userId = insertUserAndSetting(before);
    const { sqlite } = before;
    sqlite
      .prepare(
        "INSERT INTO clients (case_number, first_name, last_name, first_name_key, last_name_key, date_of_birth, sex, status, supervision_level, assigned_officer_id, supervision_start_date, created_by, height_cm, weight_kg) VALUES ('PD-2025-00001', 'Jordan', 'Whitaker', 'jordan', 'whitaker', '1990-01-01', 'male', 'active', 'medium', ?, '2025-01-01', ?, 180, 82)",
      )
      .run(userId, userId);
    const draft = sqlite.prepare("INSERT INTO intake_drafts (owner_id, label, data, updated_at) VALUES (?, 'Draft', ?, '2025-01-01')");
    draft.run(userId, JSON.stringify({ identity: { firstName: 'Ann', heightCm: 165, weightKg: null } }));
    draft.run(userId, JSON.stringify({ courtCases: [] }));
    sqlite.close();

    const after = openWith(file);
    try {
      const db = after.sqlite;
      expect(db.prepare('SELECT height_mm, weight_g FROM clients').get()).toEqual({ height_mm: 1800, weight_g: 82_000 });
      expect(db.prepare("SELECT name FROM pragma_table_info('clients') WHERE name IN ('height_cm', 'weight_kg')").all()).toEqual([]);
      expect(
        db
          .prepare('SELECT data FROM intake_drafts ORDER BY id')
          .pluck()
          .all()
          .map((data) => JSON.parse(data as string)),
      ).toEqual([{ identity: { firstName: 'Ann', heightMm: 1650, weightG: null } }, { courtCases: [] }]);
    } finally {
      after.sqlite.close();
    }
  });
});
