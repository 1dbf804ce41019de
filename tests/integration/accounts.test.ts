import { existsSync, readFileSync } from 'node:fs';
import { VAULT_REPORTED_PREFIX } from '../../electron/api/audit/auditSchemas';
import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/api/contract';
import { ADMIN_PASSWORD, NEW_PASSWORD, SETUP_INPUT, TEMP_PASSWORD, useTempOffices } from '../fixtures/tempOffice';
import { readVaultJson, tamperSlot } from '../fixtures/vaultFile';

const offices = useTempOffices();

/** Every channel that needs a role; a user who must change a temporary password may call none of them. */
const ROLE_GATED = Object.entries(contract)
  .filter(([, def]) => Array.isArray(def.access))
  .map(([name]) => name);

describe('office set-up', () => {
  it('creates and signs in the administrator and shows a recovery key of 16 groups of four', async () => {
    const office = offices.create();
    expect((await office.call('auth.status', {})).state).toBe('setup-required');

    const { recoveryKey, status } = await office.call('auth.setup', SETUP_INPUT);
    expect(recoveryKey).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){15}$/);
    expect(status).toMatchObject({
      state: 'active',
      officeName: SETUP_INPUT.office.name,
      user: { username: 'admin', fullName: SETUP_INPUT.admin.fullName, role: 'admin', mustChangePassword: false },
    });
    expect(await office.call('users.list', {})).toMatchObject([{ username: 'admin', role: 'admin', active: true, locked: false }]);
    expect(await office.call('settings.get', {})).toMatchObject({ office: SETUP_INPUT.office, security: { idleLockMinutes: 15 } });
  });

  it("keeps the office's time zone chosen at set-up, and refuses one that does not exist on its field", async () => {
    const office = offices.create();
    const unknown = { ...SETUP_INPUT, schedule: { timeZone: 'America/Springfield' } };
    expect(await office.fail('auth.setup', unknown)).toMatchObject({ code: 'VALIDATION', field: 'schedule.timeZone', message: expect.stringMatching(/IANA/) });
    await office.call('auth.setup', { ...SETUP_INPUT, schedule: { timeZone: 'America/Chicago' } });
    expect((await office.call('settings.get', {})).schedule).toEqual({ timeZone: 'America/Chicago' });
  });

  it('refuses to run twice with ALREADY_SET_UP and keeps the first office', async () => {
    const office = await offices.setUp();
    const vaultBefore = readFileSync(office.vaultFile);
    office.sessions.logout();

    const second = { office: { ...SETUP_INPUT.office, name: 'Usurper Office' }, admin: { ...SETUP_INPUT.admin, username: 'usurper' } };
    expect(await office.fail('auth.setup', second)).toMatchObject({ code: 'ALREADY_SET_UP' });
    expect(readFileSync(office.vaultFile).equals(vaultBefore)).toBe(true);
    expect((await office.signInAsAdmin()).officeName).toBe(SETUP_INPUT.office.name);
  });

  it('refuses a common administrator password, naming the field, and creates no files', async () => {
    const office = offices.create();
    const weak = { ...SETUP_INPUT, admin: { ...SETUP_INPUT.admin, password: 'password1234' } };
    expect(await office.fail('auth.setup', weak)).toMatchObject({ code: 'VALIDATION', field: 'admin.password', message: expect.stringMatching(/commonly used/) });
    expect(existsSync(office.vaultFile) || existsSync(office.databaseFile)).toBe(false);
    expect((await office.call('auth.status', {})).state).toBe('setup-required');
  });
});

describe('a new account', () => {
  it('gets a temporary password that must be changed before any role-gated channel answers', async () => {
    const office = await offices.setUp();
    const created = await office.addUser('olivia');
    expect(created).toMatchObject({ username: 'olivia', role: 'officer', active: true, mustChangePassword: true });

    const status = await office.signIn('olivia', TEMP_PASSWORD);
    expect(status).toMatchObject({ state: 'active', user: { username: 'olivia', mustChangePassword: true } });
    expect(ROLE_GATED).toContain('settings.get');
    for (const channel of ROLE_GATED) {
      expect(await office.fail(channel, {}), channel).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    }

    const changed = await office.call('auth.changePassword', { currentPassword: TEMP_PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.user?.mustChangePassword).toBe(false);
    expect((await office.call('settings.get', {})).office.name).toBe(SETUP_INPUT.office.name);
    // The change is stored, not only remembered by the session.
    office.sessions.logout();
    expect((await office.signIn('olivia', NEW_PASSWORD)).user?.mustChangePassword).toBe(false);
    expect(await office.fail('auth.login', { username: 'olivia', password: TEMP_PASSWORD })).toMatchObject({ code: 'AUTH_FAILED' });
  });

  it.each([
    ['on the common-password list', 'password1234', /commonly used/],
    ['a common word with digits', 'qwerty123456', /commonly used/],
    ['11 characters long', 'Brisk-Otter', /at least 12 characters/],
    ['one repeated character', 'zzzzzzzzzzzz', /repeated character/],
    ['containing the username', 'olivia-rides-trains', /must not contain your username/],
  ])('cannot choose a password %s, and the field is named', async (_case, password, message) => {
    const office = await offices.setUp();
    await office.addUser('olivia');
    await office.signIn('olivia', TEMP_PASSWORD);

    const error = await office.fail('auth.changePassword', { currentPassword: TEMP_PASSWORD, newPassword: password });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'newPassword', message: expect.stringMatching(message) });
    expect(office.sessions.status().user?.mustChangePassword).toBe(true);
  });

  it('cannot be created with a weak temporary password or a username already taken', async () => {
    const office = await offices.setUp();
    const base = { username: 'olivia', fullName: 'Olivia Officer', role: 'officer', temporaryPassword: TEMP_PASSWORD };
    expect(await office.fail('users.create', { ...base, temporaryPassword: 'qwerty123456' })).toMatchObject({ code: 'VALIDATION', field: 'temporaryPassword' });
    await office.addUser('olivia');
    expect(await office.fail('users.create', { ...base, username: 'OLIVIA' })).toMatchObject({ code: 'CONFLICT', field: 'username' });
  });
});

describe('administering accounts', () => {
  it('deactivation removes the key slot, and reactivation restores it with a temporary password', async () => {
    const office = await offices.setUp();
    const olivia = await office.addUser('olivia');
    await office.activate('olivia');
    await office.signInAsAdmin();

    expect(await office.call('users.deactivate', { id: olivia.id })).toMatchObject({ active: false });
    expect(readVaultJson(office.vaultFile).slots.map((s) => s.username)).not.toContain('olivia');
    expect(await office.fail('auth.login', { username: 'olivia', password: NEW_PASSWORD })).toMatchObject({ code: 'AUTH_FAILED', field: 'password' });

    const reactivationPassword = 'Pebble-Harvest-Comet-64';
    await office.signInAsAdmin();
    expect(await office.call('users.reactivate', { id: olivia.id, temporaryPassword: reactivationPassword })).toMatchObject({ active: true, mustChangePassword: true });
    expect(await office.fail('auth.login', { username: 'olivia', password: NEW_PASSWORD })).toMatchObject({ code: 'AUTH_FAILED' });
    expect((await office.signIn('olivia', reactivationPassword)).user).toMatchObject({ username: 'olivia', mustChangePassword: true });
  });

  it('an administrator can neither deactivate themselves nor demote the last administrator', async () => {
    const office = await offices.setUp();
    const admin = office.sessions.status().user!;
    expect(await office.fail('users.deactivate', { id: admin.id })).toMatchObject({ code: 'CONFLICT', field: 'id', message: expect.stringMatching(/your own account/) });
    const demote = { id: admin.id, fullName: admin.fullName, title: 'Administrator', role: 'officer' as const };
    expect(await office.fail('users.update', demote)).toMatchObject({ code: 'CONFLICT', field: 'role', message: expect.stringMatching(/only active administrator/) });

    // With a second administrator the first may step down.
    await office.addUser('bea', 'admin');
    await office.activate('bea');
    expect(await office.call('users.update', demote)).toMatchObject({ role: 'officer' });
  });

  it('a password reset forces a change at the next sign-in', async () => {
    const office = await offices.setUp();
    const olivia = await office.addUser('olivia');
    await office.activate('olivia');
    await office.signInAsAdmin();

    const resetPassword = 'Marble-Canopy-Drift-53';
    expect(await office.call('users.resetPassword', { id: olivia.id, temporaryPassword: resetPassword })).toMatchObject({ mustChangePassword: true });
    expect(await office.fail('auth.login', { username: 'olivia', password: NEW_PASSWORD })).toMatchObject({ code: 'AUTH_FAILED' });
    expect((await office.signIn('olivia', resetPassword)).user?.mustChangePassword).toBe(true);
    expect(await office.fail('settings.get')).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
  });
});

describe('the recovery key', () => {
  const recoveredPassword = 'Violet-Canyon-Ember-27';

  it('sets a new password for the administrator, however the key is typed', async () => {
    const office = offices.create();
    const recoveryKey = await office.setUp();
    office.sessions.logout();

    const wrongKey = { recoveryKey: 'A'.repeat(64), username: 'admin', newPassword: recoveredPassword };
    expect(await office.fail('auth.recover', wrongKey)).toMatchObject({ code: 'AUTH_FAILED', field: 'recoveryKey' });

    const status = await office.call('auth.recover', { recoveryKey: recoveryKey.toLowerCase(), username: 'admin', newPassword: recoveredPassword });
    expect(status).toMatchObject({ state: 'active', user: { username: 'admin', mustChangePassword: false } });
    office.sessions.logout();
    expect(await office.fail('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).toMatchObject({ code: 'AUTH_FAILED' });
    expect((await office.signIn('admin', recoveredPassword)).state).toBe('active');
  });

  it('gets the administrator back in when their key slot is damaged, which is not counted as a wrong password', async () => {
    const office = offices.create();
    const recoveryKey = await office.setUp();
    office.sessions.logout();
    tamperSlot(office.vaultFile, 'admin', 'wrappedKey');

    const refused = await office.fail('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(refused).toMatchObject({ code: 'DATA_UNAVAILABLE', message: expect.stringMatching(/damaged or has been altered/) });
    expect(readVaultJson(office.vaultFile).slots.find((s) => s.username === 'admin')?.failedLogins).toEqual([]);

    await office.call('auth.recover', { recoveryKey, username: 'admin', newPassword: recoveredPassword });
    const { rows } = await office.call('audit.list', { filter: { outcome: 'failure' } });
    expect(rows).toMatchObject([{ action: 'auth.login', username: 'admin', detail: `${VAULT_REPORTED_PREFIX}key slot damaged` }]);
  });
});
