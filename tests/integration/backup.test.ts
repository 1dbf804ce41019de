import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { applyKey } from '../../db/open';
import { listBackups } from '../../electron/services/backup/backupFolder';
import { backupsToKeep } from '../../electron/services/backup/retention';
import { useTempDirs } from '../fixtures/tempDirs';
import { ADMIN_PASSWORD, SETUP_INPUT, type TempOffice, useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const tempDir = useTempDirs();
const admin = { kind: 'password' as const, username: SETUP_INPUT.admin.username, password: ADMIN_PASSWORD };

async function officeWithBackupFolder() {
  const office = await offices.setUp();
  const folder = tempDir('backups');
  await office.call('backup.updateSettings', { folder, dailyAt: null, onLastSignOut: false, keepDaily: 7, keepWeekly: 4, keepMonthly: 12, warnAfterDays: 2 });
  return { office, folder };
}

const addAgency = (office: TempOffice, name: string) => office.call('agencies.create', { agency: { name, kind: 'housing' } });

/** Every row of every table but the audit trail, as JSON, read on a keyed connection of its own. */
function dumpTables(file: string, key: Buffer): Record<string, string> {
  const sqlite = new Database(file, { readonly: true });
  applyKey(sqlite, key);
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
      .pluck()
      .all() as string[];
    const rows = (t: string) =>
      (sqlite.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((row) => JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
    return Object.fromEntries(tables.map((t) => [t, rows(t).sort().join('\n')]));
  } finally {
    sqlite.close();
  }
}

describe('backups', () => {
  it('holds every write acknowledged before it started, while writes go on, and verifies', async () => {
    const { office } = await officeWithBackupFolder();
    for (let i = 0; i < 30; i += 1) await addAgency(office, `Before ${i}`);
    let writing = true;
    const writes = (async () => {
      // One write per turn of the event loop, as requests from the window arrive.
      for (let i = 0; writing; i += 1) {
        await addAgency(office, `During ${i}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await office.call('backup.run', {});
    writing = false;
    await writes;
    expect(result.verification).toMatch(/verified.*Row counts of all \d+ tables match/);
    const dump = dumpTables(path.join(result.dir, 'probation.db'), office.masterKey());
    for (let i = 0; i < 30; i += 1) expect(dump.agencies).toContain(`"Before ${i}"`);
    // Encrypted with the office key: unreadable without it, and no record text in the clear.
    const bytes = readFileSync(path.join(result.dir, 'probation.db'));
    expect(bytes.includes(Buffer.from('Before 1'))).toBe(false);
    expect(() => new Database(path.join(result.dir, 'probation.db'), { readonly: true }).prepare('SELECT 1 FROM sqlite_master').get()).toThrow(/not a database/);
    const overview = await office.call('backup.overview', {});
    expect(overview.status.lastGood?.name).toBe(result.name);
    expect(overview.backups.map((b) => b.name)).toEqual([result.name]);
    const audit = await office.call('audit.list', { filter: { action: 'backup.create' }, page: 1, pageSize: 10 });
    expect(audit.rows[0]).toMatchObject({ outcome: 'success' });
    expect((await office.call('backup.health', {})).overdue).toBe(false);
  });

  it('restores on a new workstation equal in every table, and the audit chain continues', async () => {
    const { office } = await officeWithBackupFolder();
    await addAgency(office, 'Harbor House');
    const key = office.masterKey();
    const before = dumpTables(office.databaseFile, key);
    const result = await office.call('backup.run', {});
    const fresh = offices.create();
    const restored = await fresh.call('backup.restoreFirstRun', { backup: result.dir, credential: admin });
    expect(restored.safetyCopy).toBeNull();
    await fresh.signInAsAdmin();
    const after = dumpTables(fresh.databaseFile, key);
    // The restored office records the backup it came from as its last verified one (the copy was made before that).
    const withoutBackupStatus = (rows: string) =>
      rows
        .split('\n')
        .filter((line) => !line.includes('"backupStatus"'))
        .join('\n');
    for (const table of Object.keys(before)) {
      if (table === 'audit_log' || table === 'audit_head' || table === 'users') continue;
      expect(withoutBackupStatus(after[table]), table).toBe(withoutBackupStatus(before[table]));
    }
    expect((await fresh.call('backup.overview', {})).status.lastGood).toMatchObject({ at: result.createdAt, name: result.name });
    expect((await fresh.call('backup.health', {})).overdue).toBe(false);
    const chain = await fresh.call('audit.verify', {});
    expect(chain.ok).toBe(true);
    const restoreRows = await fresh.call('audit.list', { filter: { action: 'backup.restore' }, page: 1, pageSize: 10 });
    expect(restoreRows.rows[0].detail).toContain('new workstation');
  });

  it('restores with the recovery key, and over a live office keeps the replaced one as a safety copy', async () => {
    const { office } = await officeWithBackupFolder();
    const result = await office.call('backup.run', {});
    const fresh = offices.create();
    const key = await fresh.setUp();
    // The fresh office's recovery key does not open another office's backup.
    const wrong = await fresh.fail('backup.restore', { backup: result.dir, credential: { kind: 'recoveryKey', recoveryKey: key } });
    expect(wrong.code).toBe('AUTH_FAILED');
    const restored = await fresh.call('backup.restore', { backup: result.dir, credential: admin });
    expect(restored.safetyCopy).toMatch(/replaced-/);
    expect(fresh.sessions.status().state).toBe('logged-out');
    await fresh.signInAsAdmin();
    expect((await fresh.call('audit.verify', {})).ok).toBe(true);
  });

  it('opens a backup with the recovery key', async () => {
    const office = offices.create();
    const recoveryKey = await office.setUp();
    const folder = tempDir('backups');
    await office.call('backup.updateSettings', { folder, dailyAt: null, onLastSignOut: false, keepDaily: 7, keepWeekly: 4, keepMonthly: 12, warnAfterDays: 2 });
    const result = await office.call('backup.run', {});
    const fresh = offices.create();
    await fresh.call('backup.restoreFirstRun', { backup: result.dir, credential: { kind: 'recoveryKey', recoveryKey } });
    await fresh.signInAsAdmin();
    expect(fresh.sessions.status().state).toBe('active');
  });

  it.each([
    ['truncated', (file: string) => truncateSync(file, 4096), /truncated or altered/],
    [
      'corrupted',
      (file: string) => {
        const bytes = readFileSync(file);
        bytes[bytes.length - 100] ^= 0xff;
        writeFileSync(file, bytes);
      },
      /does not match its checksum/,
    ],
    ['missing', (file: string) => rmSync(file), /probation\.db is missing/],
  ])('refuses a %s backup with a clear message and leaves the live office untouched', async (_label, damage, message) => {
    const { office } = await officeWithBackupFolder();
    const result = await office.call('backup.run', {});
    damage(path.join(result.dir, 'probation.db'));
    const liveBefore = readFileSync(office.vaultFile);
    const error = await office.fail('backup.restore', { backup: result.dir, credential: admin });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'backup' });
    expect(error.message).toMatch(message);
    expect(office.sessions.status().state).toBe('active');
    expect(readFileSync(office.vaultFile).equals(liveBefore)).toBe(true);
    await office.call('agencies.list', {});
  });

  it('refuses a backup whose pages were altered consistently with its manifest', async () => {
    const { office } = await officeWithBackupFolder();
    const result = await office.call('backup.run', {});
    const file = path.join(result.dir, 'probation.db');
    const bytes = readFileSync(file);
    bytes[8192 + 200] ^= 0xff;
    writeFileSync(file, bytes);
    const manifestFile = path.join(result.dir, 'backup.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const { sha256File } = await import('../../electron/services/backup/backupManifest');
    manifest.files[0].sha256 = await sha256File(file);
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const error = await office.fail('backup.restore', { backup: result.dir, credential: admin });
    expect(error.message).toMatch(/cannot be restored/);
  });

  it('keeps exactly the configured daily, weekly and monthly backups', async () => {
    const { office, folder } = await officeWithBackupFolder();
    await office.call('backup.updateSettings', { folder, dailyAt: null, onLastSignOut: false, keepDaily: 2, keepWeekly: 1, keepMonthly: 1, warnAfterDays: 2 });
    await office.call('backup.run', {});
    await office.call('backup.run', {});
    // Two on the same day: only the newer is that day's backup.
    expect(listBackups(folder)).toHaveLength(1);
  });
});

describe('rotation', () => {
  it('keeps the newest of the last 7 days, 4 weeks and 12 months', () => {
    const start = Date.parse('2025-01-01T12:00:00Z');
    const backups = Array.from({ length: 400 }, (_, day) =>
      [0, 6].map((hour) => ({ name: `b-${day}-${hour}`, createdAt: new Date(start + day * 86_400_000 + hour * 3_600_000).toISOString() })),
    ).flat();
    const keep = backupsToKeep(backups, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }, 'UTC');
    const dayOf = (d: number) => new Date(start + d * 86_400_000);
    const daily = Array.from({ length: 7 }, (_, i) => `b-${399 - i}-6`);
    // 2026-02-04 (day 399) is a Wednesday: the newest backups of the three weeks before are on Sundays.
    const weekly = [399, 396, 389, 382].map((d) => `b-${d}-6`);
    // The newest backup of a month is on its last day (the current month: today).
    const monthly = [
      399,
      ...Array.from({ length: 399 }, (_, d) => d)
        .filter((d) => dayOf(d).getUTCMonth() !== dayOf(d + 1).getUTCMonth())
        .slice(-11),
    ].map((d) => `b-${d}-6`);
    expect(dayOf(399).getUTCDay()).toBe(3);
    expect([...keep].sort()).toEqual([...new Set([...daily, ...weekly, ...monthly])].sort());
  });
});
