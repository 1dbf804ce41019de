import { describe, expect, it, vi } from 'vitest';
import type { AuditPage } from '../../electron/api/audit/auditWire';
import type { BackupHealth, BackupResult } from '../../electron/api/backup/backupWire';
import type { HostConnection } from '../../electron/office/hostConnection';
import { listBackups } from '../../electron/services/backup/backupFolder';
import { useTempDirs } from '../fixtures/tempDirs';
import { ADMIN_PASSWORD, errorOf, type HostRun, NEW_PASSWORD, useOfficeHosts, valueOf } from '../fixtures/officeHostRun';
import { SETUP_INPUT, useTempOffices } from '../fixtures/tempOffice';

const startOfficeHost = useOfficeHosts();
const offices = useTempOffices();
const tempDir = useTempDirs();
const admin = { username: SETUP_INPUT.admin.username, password: ADMIN_PASSWORD };

/** An office host with an administrator signed in at the front desk and a daily backup set for midnight, so one is due now. */
async function hostWithDailyBackups() {
  const run = await startOfficeHost();
  const desk = await run.enrol('Front desk');
  valueOf(await desk.invoke('auth.login', admin));
  const folder = tempDir('host-backups');
  valueOf(await desk.invoke('backup.updateSettings', { folder, dailyAt: '00:00', onLastSignOut: true, keepDaily: 7, keepWeekly: 4, keepMonthly: 12, warnAfterDays: 2 }));
  return { run, desk, folder };
}

/** What the host's schedule checks every minute, and its backup's end. */
async function scheduleCheck(run: HostRun) {
  run.host.backups.tick();
  await vi.waitFor(() => expect(run.host.backups.busy).toBe(false), { timeout: 30_000 });
}

const backupAuditRows = async (desk: HostConnection) => valueOf<AuditPage>(await desk.invoke('audit.list', { filter: { action: 'backup.create' }, page: 1, pageSize: 50 })).rows;

describe('backups on the office host', () => {
  it('writes a daily backup that fell due while unsealed, verified, audited as the host, and restorable; not again the same day', async () => {
    const { run, desk, folder } = await hostWithDailyBackups();
    expect(valueOf<BackupHealth>(await desk.invoke('backup.health', {})).message).toBe('The office has no verified backup yet.');
    valueOf(await desk.invoke('agencies.create', { agency: { name: 'Harbor House', kind: 'housing' } }));
    // Nobody needs to be signed in: the host holds the key while it is unsealed.
    valueOf(await desk.invoke('auth.logout', {}));
    expect(run.host.backups.busy).toBe(false);

    await scheduleCheck(run);
    const [written] = listBackups(folder);
    expect(listBackups(folder)).toHaveLength(1);

    valueOf(await desk.invoke('auth.login', admin));
    expect(valueOf<BackupHealth>(await desk.invoke('backup.health', {}))).toMatchObject({ overdue: false, message: null });
    const [row] = await backupAuditRows(desk);
    expect(row).toMatchObject({ outcome: 'success', workstation: 'office host', username: null });
    expect(row.detail).toContain(`${written.name}; `);

    await scheduleCheck(run);
    expect(listBackups(folder)).toHaveLength(1);
    // A key rotation rekeys the host's connection in place; the next day's backup is made and verified with the new key.
    valueOf(await desk.invoke('security.rotateKey', {}));
    run.clock.advanceMinutes(24 * 60);
    await scheduleCheck(run);
    expect(listBackups(folder)).toHaveLength(2);
    expect((await backupAuditRows(desk)).map((audit) => audit.outcome)).toEqual(['success', 'success']);

    const fresh = offices.create();
    await fresh.call('backup.restoreFirstRun', { backup: written.dir, credential: { kind: 'password', ...admin } });
    await fresh.signInAsAdmin();
    expect((await fresh.call('agencies.list', {})).map((agency) => agency.name)).toContain('Harbor House');
    expect((await fresh.call('audit.verify', {})).ok).toBe(true);
  });

  it('writes none while sealed; a backup due then runs when a sign-in unseals the host', async () => {
    const { run, desk, folder } = await hostWithDailyBackups();
    valueOf(await desk.invoke('office.seal', {}));

    await scheduleCheck(run);
    expect(listBackups(folder)).toEqual([]);

    valueOf(await desk.invoke('auth.login', { username: 'olivia', password: NEW_PASSWORD }));
    await vi.waitFor(() => expect(listBackups(folder)).toHaveLength(1), { timeout: 30_000 });
    await vi.waitFor(() => expect(run.host.backups.busy).toBe(false), { timeout: 30_000 });
    valueOf(await desk.invoke('auth.logout', {}));
    valueOf(await desk.invoke('auth.login', admin));
    const [row] = await backupAuditRows(desk);
    expect(row).toMatchObject({ outcome: 'success', workstation: 'office host' });
  });

  it('backs up now on the host for a workstation, one backup at a time across workstations, and tells where it went', async () => {
    const { run, desk, folder } = await hostWithDailyBackups();
    const backOffice = await run.enrol('Back office');
    valueOf(await backOffice.invoke('auth.login', admin));

    const first = desk.invoke('backup.run', {});
    await vi.waitFor(() => expect(run.host.backups.busy).toBe(true));
    expect(errorOf(await backOffice.invoke('backup.run', {}))).toMatchObject({ code: 'CONFLICT', message: 'A backup is already running; wait for it to finish.' });
    const written = valueOf<BackupResult>(await first);
    expect(written.dir.startsWith(folder)).toBe(true);
    expect(listBackups(folder).map((backup) => backup.dir)).toEqual([written.dir]);

    const [row] = await backupAuditRows(backOffice);
    expect(row).toMatchObject({ outcome: 'success', workstation: 'Front desk', username: admin.username });
    // Signing out leaves the host unsealed and its schedule on: no backup at each sign-out.
    valueOf(await desk.invoke('auth.logout', {}));
    expect(run.host.backups.busy).toBe(false);
    // The files under the host's one open connection are not replaced from a workstation.
    expect(errorOf(await backOffice.invoke('backup.restore', { backup: written.dir, credential: { kind: 'password', ...admin } })).code).toBe('CONFLICT');
  });
});
