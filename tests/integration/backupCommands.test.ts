import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireDataFolderLock } from '../../electron/host/dataFolderLock';
import { defaultCheckpointFolder, lastAuditCheckpoint } from '../../electron/services/audit/auditCheckpoints';
import { listBackups } from '../../electron/services/backup/backupFolder';
import { runCommand } from '../../scripts/backup/commands';
import { useTempDirs } from '../fixtures/tempDirs';
import { ADMIN_PASSWORD, SETUP_INPUT, useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const tempDir = useTempDirs();
const asAdmin = ['--user', SETUP_INPUT.admin.username];
const modeOf = (file: string) => statSync(file).mode & 0o777;

/** What a command printed on stderr, for the tests that expect it to refuse. */
function captureErrors() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

beforeEach(() => {
  process.env.PROBATION_DESK_PASSWORD = ADMIN_PASSWORD;
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  delete process.env.PROBATION_DESK_PASSWORD;
  vi.restoreAllMocks();
});

describe('the backup commands', () => {
  it('refuse an office another program has open, naming it, and touch nothing', async () => {
    const office = await offices.setUp();
    const folder = tempDir('backups');
    await office.call('auth.logout', {});
    const lock = acquireDataFolderLock(office.dataDir, { program: 'the browser shell' });
    try {
      const errors = captureErrors();
      expect(await runCommand(['backup', '--data-dir', office.dataDir, '--to', folder, ...asAdmin])).toBe(1);
      expect(String(errors.mock.calls[0][0])).toMatch(/already open by the browser shell/);
      expect(await runCommand(['restore', '--from', folder, '--data-dir', office.dataDir, ...asAdmin])).toBe(1);
      expect(listBackups(folder)).toEqual([]);
    } finally {
      lock.release();
    }
  });

  it('say there is no office in a mistyped data folder, and do not create it', async () => {
    const missing = path.join(tempDir('parent'), 'no-such-office');
    const errors = captureErrors();
    expect(await runCommand(['backup', '--data-dir', missing, '--to', tempDir('backups'), ...asAdmin])).toBe(1);
    expect(String(errors.mock.calls[0][0])).toMatch(/There is no office in/);
    expect(existsSync(missing)).toBe(false);
  });

  it('back up with private modes, write an audit checkpoint of the chain as backed up, and release the lock', async () => {
    const office = await offices.setUp();
    const folder = tempDir('backups');
    await office.call('auth.logout', {});
    const checkpoints = defaultCheckpointFolder(office.dataDir);
    const before = lastAuditCheckpoint(checkpoints);
    expect(await runCommand(['backup', '--data-dir', office.dataDir, '--to', folder, ...asAdmin])).toBe(0);
    // The command's one audit row (backup.create) is in the checkpoint written after it.
    expect(lastAuditCheckpoint(checkpoints)?.rows).toBe((before?.rows ?? 0) + 1);
    const [backup] = listBackups(folder);
    expect(modeOf(backup.dir)).toBe(0o700);
    for (const file of ['probation.db', 'vault.json', 'backup.json']) expect(modeOf(path.join(backup.dir, file))).toBe(0o600);
    // The lock was released: the app can open the office again, and verification agrees with the checkpoint.
    acquireDataFolderLock(office.dataDir, { program: 'the browser shell' }).release();
    await office.signInAsAdmin();
    expect(await office.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('restore into a private safety copy', async () => {
    const office = await offices.setUp();
    const folder = tempDir('backups');
    await office.call('auth.logout', {});
    expect(await runCommand(['backup', '--data-dir', office.dataDir, '--to', folder, ...asAdmin])).toBe(0);
    expect(await runCommand(['restore', '--from', folder, '--data-dir', office.dataDir, ...asAdmin])).toBe(0);
    const [safetyCopy] = readdirSync(office.dataDir).filter((name) => name.startsWith('replaced-'));
    expect(modeOf(path.join(office.dataDir, safetyCopy))).toBe(0o700);
    expect(modeOf(office.databaseFile)).toBe(0o600);
    expect(modeOf(office.vaultFile)).toBe(0o600);
  });
});

describe('a backup from the app', () => {
  it('writes an audit checkpoint of the chain as the backup holds it', async () => {
    const office = await offices.setUp();
    const folder = tempDir('backups');
    await office.call('backup.updateSettings', { folder, dailyAt: null, onLastSignOut: false, keepDaily: 7, keepWeekly: 4, keepMonthly: 12, warnAfterDays: 2 });
    await office.call('backup.run', {});
    const { total } = await office.call('audit.list', { filter: {}, page: 1, pageSize: 10 });
    expect(lastAuditCheckpoint(defaultCheckpointFolder(office.dataDir))?.rows).toBe(total);
  });
});
