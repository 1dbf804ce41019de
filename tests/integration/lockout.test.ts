import { VAULT_REPORTED_PREFIX } from '../../electron/api/audit/auditSchemas';
import { describe, expect, it } from 'vitest';
import type { UserRow } from '../../db/schema';
import { ManualClock } from '../fixtures/clock';
import { NEW_PASSWORD, useTempOffices, type TempOffice } from '../fixtures/tempOffice';
import { readVaultJson } from '../fixtures/vaultFile';

const offices = useTempOffices();
const WRONG = 'Not-Her-Password-At-All';

/** An office on a hand-moved clock with an active officer, olivia, and nobody signed in. */
async function officeWithOfficer(): Promise<{ office: TempOffice; clock: ManualClock; olivia: UserRow }> {
  const clock = new ManualClock();
  const office = await offices.setUp({ now: clock.now });
  const olivia = await office.addUser('olivia');
  await office.activate('olivia');
  office.sessions.logout();
  return { office, clock, olivia };
}

const wrongPassword = (office: TempOffice) => office.fail('auth.login', { username: 'olivia', password: WRONG });

describe('account lockout', () => {
  it('answers a locked account, an unknown user and a wrong password with the same message', async () => {
    const { office } = await officeWithOfficer();
    for (let attempt = 1; attempt <= 5; attempt++) await wrongPassword(office);
    const locked = await office.fail('auth.login', { username: 'olivia', password: NEW_PASSWORD });
    const unknown = await office.fail('auth.login', { username: 'nobody-here', password: NEW_PASSWORD });
    const wrong = await office.fail('auth.login', { username: 'admin', password: WRONG });
    expect(locked).toEqual(unknown);
    expect(wrong).toEqual(unknown);
  });

  it('locks after 5 wrong passwords within 15 minutes; then even the right password is refused', async () => {
    const { office, clock } = await officeWithOfficer();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await wrongPassword(office)).toMatchObject({ code: 'AUTH_FAILED', field: 'password' });
      clock.advanceMinutes(3);
    }
    expect(await wrongPassword(office)).toMatchObject({ code: 'AUTH_FAILED', field: 'password', message: expect.stringMatching(/locked after 5 failed/) });
    expect(readVaultJson(office.vaultFile).slots.find((s) => s.username === 'olivia')?.lockedAt).toBeTruthy();
    expect(await office.fail('auth.login', { username: 'olivia', password: NEW_PASSWORD })).toMatchObject({ code: 'AUTH_FAILED' });
    // Time alone does not release it.
    clock.advanceMinutes(24 * 60);
    expect(await office.fail('auth.login', { username: 'olivia', password: NEW_PASSWORD })).toMatchObject({ code: 'AUTH_FAILED' });
  });

  it('does not lock when the failures are spread over more than 15 minutes', async () => {
    const { office, clock } = await officeWithOfficer();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await wrongPassword(office)).toMatchObject({ code: 'AUTH_FAILED' });
      clock.advanceMinutes(4);
    }
    expect((await office.signIn('olivia', NEW_PASSWORD)).state).toBe('active');
    // A successful sign-in starts the count again.
    expect(readVaultJson(office.vaultFile).slots.find((s) => s.username === 'olivia')?.failedLogins).toEqual([]);
  });

  it('is shown to the administrator and ends when they release it', async () => {
    const { office, olivia } = await officeWithOfficer();
    for (let attempt = 1; attempt <= 5; attempt++) await wrongPassword(office);

    await office.signInAsAdmin();
    const listed = (await office.call('users.list', {})).find((u) => u.id === olivia.id);
    expect(listed).toMatchObject({ locked: true, recentFailedLogins: 5 });
    await office.call('users.releaseLockout', { id: olivia.id });
    expect(await office.fail('users.releaseLockout', { id: olivia.id })).toMatchObject({ code: 'CONFLICT', field: 'id' });

    expect((await office.signIn('olivia', NEW_PASSWORD)).user?.username).toBe('olivia');
  });
});

describe('sign-in audit', () => {
  it('writes failures, made while the database is closed, as failure rows at the next successful sign-in', async () => {
    const { office, clock, olivia } = await officeWithOfficer();
    await wrongPassword(office);
    const wrongAt = clock.now().toISOString();
    clock.advanceMinutes(1);
    expect(await office.fail('auth.login', { username: 'mallory', password: WRONG })).toMatchObject({ code: 'AUTH_FAILED' });
    expect(readVaultJson(office.vaultFile).pendingAudit).toHaveLength(2);

    clock.advanceMinutes(1);
    await office.signInAsAdmin();
    expect(readVaultJson(office.vaultFile).pendingAudit).toEqual([]);
    const { rows: failures } = await office.call('audit.list', { filter: { outcome: 'failure' } });
    expect(failures.reverse()).toMatchObject([
      { action: 'auth.login', outcome: 'failure', userId: olivia.id, username: 'olivia', detail: `${VAULT_REPORTED_PREFIX}wrong password`, ts: wrongAt },
      { action: 'auth.login', outcome: 'failure', userId: null, username: 'mallory', detail: `${VAULT_REPORTED_PREFIX}unknown or deactivated user` },
    ]);
    const { rows: logins } = await office.call('audit.list', { filter: { action: 'auth.login', outcome: 'success' } });
    expect(logins[0]).toMatchObject({ username: 'admin', ts: clock.now().toISOString() });
    expect((await office.call('audit.verify', {})).ok).toBe(true);
  });

  it('counts wrong current passwords in "change password" and ends the session at the fifth', async () => {
    const { office } = await officeWithOfficer();
    await office.signIn('olivia', NEW_PASSWORD);
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await office.fail('auth.changePassword', { currentPassword: WRONG, newPassword: 'Another-Fine-Passphrase-8' })).toMatchObject({
        code: 'AUTH_FAILED',
        field: 'currentPassword',
      });
    }
    expect(await office.fail('auth.changePassword', { currentPassword: WRONG, newPassword: 'Another-Fine-Passphrase-8' })).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(office.sessions.status().state).toBe('logged-out');
    expect(await office.fail('auth.login', { username: 'olivia', password: NEW_PASSWORD })).toMatchObject({
      code: 'AUTH_FAILED',
      message: expect.stringMatching(/locked after 5/),
    });
  });

  it('keeps a locked session when someone else fails to sign in', async () => {
    const { office } = await officeWithOfficer();
    await office.signIn('olivia', NEW_PASSWORD);
    await office.call('auth.lock', {});
    expect(await office.fail('auth.login', { username: 'admin', password: WRONG })).toMatchObject({ code: 'AUTH_FAILED' });
    expect(office.sessions.status()).toMatchObject({ state: 'locked', user: { username: 'olivia' } });
  });
});
