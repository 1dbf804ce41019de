import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, openEncryptedDatabase } from '../../db/open';
import { useTempDirs } from '../fixtures/tempDirs';
import { MIGRATIONS_FOLDER, SETUP_INPUT, TEMP_PASSWORD, useTempOffices } from '../fixtures/tempOffice';

const OFFICE_MARKER = 'Zebra Plaintext Marker Office';
const NAME_MARKER = 'Quincy Plaintextmarker';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const offices = useTempOffices();
const tempDir = useTempDirs();

/** The database and its WAL as they are on disk at this moment. */
function databaseFiles(databaseFile: string): Buffer[] {
  return [databaseFile, `${databaseFile}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file));
}

function expectNoPlaintext(bytes: Buffer) {
  for (const marker of [OFFICE_MARKER, NAME_MARKER, SETUP_INPUT.admin.fullName]) {
    expect(bytes.includes(Buffer.from(marker, 'utf8')), `"${marker}" is readable in the file`).toBe(false);
    expect(bytes.includes(Buffer.from(marker, 'utf16le')), `"${marker}" is readable (UTF-16) in the file`).toBe(false);
  }
}

describe('the database file on disk', () => {
  it('holds no readable data, in the database or its WAL, while open and after close', async () => {
    const office = await offices.setUp();
    await office.call('settings.updateOffice', { ...SETUP_INPUT.office, name: OFFICE_MARKER });
    await office.call('users.create', { username: 'quincy', fullName: NAME_MARKER, role: 'officer', temporaryPassword: TEMP_PASSWORD });
    const key = office.masterKey();

    // While the session is open the new pages sit in the WAL, which must be encrypted too.
    expect(existsSync(`${office.databaseFile}-wal`)).toBe(true);
    for (const bytes of databaseFiles(office.databaseFile)) expectNoPlaintext(bytes);

    office.sessions.shutdown();
    const files = databaseFiles(office.databaseFile);
    expect(files.length).toBeGreaterThan(0);
    for (const bytes of files) expectNoPlaintext(bytes);
    const header = readFileSync(office.databaseFile).subarray(0, 16);
    expect(header.equals(SQLITE_HEADER)).toBe(false);
    // The vault holds usernames by design, but no office or personal data.
    expectNoPlaintext(readFileSync(office.vaultFile));

    // The data are there for whoever has the key.
    const { sqlite } = openEncryptedDatabase(office.databaseFile, { key, migrationsFolder: MIGRATIONS_FOLDER });
    try {
      const names = sqlite.prepare('SELECT full_name FROM users ORDER BY id').pluck().all();
      expect(names).toEqual([SETUP_INPUT.admin.fullName, NAME_MARKER]);
      const officeJson = sqlite.prepare("SELECT value FROM settings WHERE key = 'office'").pluck().get() as string;
      expect(JSON.parse(officeJson).name).toBe(OFFICE_MARKER);
    } finally {
      sqlite.close();
    }
  });

  it('refuses a wrong key with WRONG_KEY and a clear message, and opens with the right one', () => {
    const file = path.join(tempDir('db'), 'probation.db');
    const key = randomBytes(32);
    openEncryptedDatabase(file, { key, migrationsFolder: MIGRATIONS_FOLDER }).sqlite.close();
    const before = readFileSync(file);

    let caught: unknown;
    try {
      openEncryptedDatabase(file, { key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER }).sqlite.close();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError);
    expect((caught as DatabaseOpenError).code).toBe('WRONG_KEY');
    expect((caught as DatabaseOpenError).message).toMatch(/could not be decrypted.*key is wrong/);
    // A failed open must not have written anything into the file.
    expect(readFileSync(file).equals(before)).toBe(true);

    const { sqlite } = openEncryptedDatabase(file, { key, migrationsFolder: MIGRATIONS_FOLDER });
    expect(sqlite.prepare('SELECT count(*) FROM users').pluck().get()).toBe(0);
    sqlite.close();
  });

  it('rejects a key that is not 32 bytes', () => {
    const file = path.join(tempDir('db'), 'probation.db');
    expect(() => openEncryptedDatabase(file, { key: randomBytes(16), migrationsFolder: MIGRATIONS_FOLDER })).toThrow(/32 bytes/);
  });

  it('runs with temp files in memory, WAL, foreign keys and secure delete on, in SQLCipher format', () => {
    const file = path.join(tempDir('db'), 'probation.db');
    const { sqlite } = openEncryptedDatabase(file, { key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER });
    try {
      // temp_store 2 = MEMORY: the build's default puts temp files on disk, unencrypted.
      expect(sqlite.pragma('temp_store', { simple: true })).toBe(2);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('secure_delete', { simple: true })).toBe(1);
      expect(sqlite.pragma('cipher', { simple: true })).toBe('sqlcipher');
    } finally {
      sqlite.close();
    }
  });
});
