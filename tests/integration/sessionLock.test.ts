import { readdirSync, readlinkSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, useTempOffices, type TempOffice } from '../fixtures/tempOffice';

const offices = useTempOffices();

/** Whether this process holds the database (or its WAL) open; Linux only, through /proc. */
function holdsDatabaseOpen(office: TempOffice): boolean {
  return readdirSync('/proc/self/fd').some((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(office.databaseFile);
    } catch {
      return false; // the fd readdir itself used, already closed
    }
  });
}

async function lockRows(office: TempOffice) {
  return (await office.call('audit.list', { filter: { action: 'auth.lock' } })).rows;
}

describe('locking the session', () => {
  it('on demand closes the database and drops the key until the password is entered again', async () => {
    const office = await offices.setUp();
    const sessionKey = office.sessions.requireActive().keys.masterKey;
    const onLinux = process.platform === 'linux';
    if (onLinux) expect(holdsDatabaseOpen(office)).toBe(true);

    expect(await office.call('auth.lock', {})).toMatchObject({ state: 'locked', user: { username: 'admin' } });
    expect(sessionKey.equals(Buffer.alloc(32))).toBe(true);
    if (onLinux) expect(holdsDatabaseOpen(office)).toBe(false);
    for (const channel of ['settings.get', 'users.list', 'auth.lock', 'auth.changePassword']) {
      expect(await office.fail(channel, {}), channel).toMatchObject({ code: 'SESSION_LOCKED' });
    }

    expect(await office.fail('auth.unlock', { password: 'Not-The-Password-1' })).toMatchObject({ code: 'AUTH_FAILED', field: 'password' });
    expect(office.sessions.status().state).toBe('locked');
    expect(await office.call('auth.unlock', { password: ADMIN_PASSWORD })).toMatchObject({ state: 'active', user: { username: 'admin' } });
    expect((await office.call('settings.get', {})).office.name).toBeTruthy();

    expect(await lockRows(office)).toMatchObject([{ detail: 'manual', username: 'admin' }]);
    const { rows: unlocks } = await office.call('audit.list', { filter: { action: 'auth.unlock' } });
    expect(unlocks.map((r) => r.outcome).sort()).toEqual(['failure', 'success']);
  });

  it('after the idle time, checkIdle locks it and the audit says idle', async () => {
    const office = await offices.setUp({ idleLockSecondsOverride: 1 });
    expect(office.sessions.status().idleLockSeconds).toBe(1);
    await sleep(1_100);
    office.sessions.checkIdle();
    expect(office.sessions.status().state).toBe('locked');
    expect(await office.fail('settings.get')).toMatchObject({ code: 'SESSION_LOCKED' });

    await office.call('auth.unlock', { password: ADMIN_PASSWORD });
    expect(await lockRows(office)).toMatchObject([{ detail: 'idle' }]);
  });

  it('after the idle time, the next call finds it locked even without the timer', async () => {
    const office = await offices.setUp({ idleLockSecondsOverride: 1 });
    await sleep(1_100);
    expect(await office.fail('settings.get')).toMatchObject({ code: 'SESSION_LOCKED' });
  });

  it('activity postpones the idle lock', async () => {
    const office = await offices.setUp({ idleLockSecondsOverride: 1 });
    await sleep(600);
    await office.call('auth.touch', {});
    await sleep(600);
    office.sessions.checkIdle();
    expect(office.sessions.status().state).toBe('active');
  });

  it('uses the office setting, which an administrator can change for the running session', async () => {
    const office = await offices.setUp();
    expect(office.sessions.status().idleLockSeconds).toBe(15 * 60);
    await office.call('settings.updateSecurity', { idleLockMinutes: 5 });
    expect(office.sessions.status().idleLockSeconds).toBe(5 * 60);
  });

  it('ends for good when unlocking reaches the lockout: the user must sign in again', async () => {
    const office = await offices.setUp();
    await office.call('auth.lock', {});
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await office.fail('auth.unlock', { password: 'Not-The-Password-1' })).toMatchObject({ code: 'AUTH_FAILED' });
    }
    expect(await office.fail('auth.unlock', { password: 'Not-The-Password-1' })).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(office.sessions.status().state).toBe('logged-out');
    expect(await office.fail('auth.unlock', { password: ADMIN_PASSWORD })).toMatchObject({ code: 'SESSION_REQUIRED' });
  });
});
