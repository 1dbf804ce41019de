import { describe, expect, it } from 'vitest';
import { userSummaryWire } from '../../electron/api/users/usersWire';
import { SETUP_INPUT, TEMP_PASSWORD, useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

describe('the dispatcher', () => {
  it.each([['users.drop'], ['toString'], ['__proto__'], [42], [null]])('answers UNKNOWN_CHANNEL for %s', async (channel) => {
    const office = offices.create();
    const result = await office.dispatch(channel, {});
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: expect.stringMatching(/There is no operation called/) } });
  });

  it('asks for set-up before sign-in, and for a session before anything else', async () => {
    const office = offices.create();
    expect(await office.fail('auth.login', { username: 'admin', password: 'anything-at-all' })).toMatchObject({ code: 'SETUP_REQUIRED' });
    await office.setUp();
    office.sessions.logout();
    for (const channel of ['settings.get', 'users.list', 'audit.verify', 'auth.lock', 'auth.changePassword', 'auth.unlock']) {
      expect(await office.fail(channel, {}), channel).toMatchObject({ code: 'SESSION_REQUIRED' });
    }
    expect((await office.call('auth.status', {})).state).toBe('logged-out');
  });

  it.each([
    ['users.create', { username: 'olivia', fullName: 'Olivia', role: 'boss', temporaryPassword: TEMP_PASSWORD }, 'role'],
    ['users.create', { username: 'no spaces', fullName: 'Olivia', role: 'officer', temporaryPassword: TEMP_PASSWORD }, 'username'],
    ['settings.updateSecurity', { idleLockMinutes: 45 }, 'idleLockMinutes'],
    ['settings.updateOffice', { ...SETUP_INPUT.office, phone: 'call me maybe' }, 'phone'],
    ['audit.list', { filter: { from: '2025-03-10', to: '2025-03-01' } }, 'filter.to'],
  ])('refuses invalid input to %s with VALIDATION naming %s', async (channel, input, field) => {
    const office = await offices.setUp();
    const error = await office.fail(channel, input);
    expect(error).toMatchObject({ code: 'VALIDATION', field });
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('refuses set-up with an empty office name, naming office.name', async () => {
    const office = offices.create();
    const input = { ...SETUP_INPUT, office: { ...SETUP_INPUT.office, name: '   ' } };
    expect(await office.fail('auth.setup', input)).toEqual({ code: 'VALIDATION', field: 'office.name', message: 'Enter the office name.' });
  });

  it('refuses unexpected fields on channels that take none', async () => {
    const office = await offices.setUp();
    expect(await office.fail('settings.get', { everything: true })).toMatchObject({ code: 'VALIDATION' });
  });

  it('answers FORBIDDEN when the role is not enough', async () => {
    const office = await offices.setUp();
    await office.addUser('olivia');
    await office.activate('olivia');
    for (const channel of ['users.list', 'settings.updateOffice', 'audit.export']) {
      expect(await office.fail(channel, {}), channel).toMatchObject({ code: 'FORBIDDEN', message: 'This needs the admin role; you are signed in as an officer.' });
    }
    expect((await office.call('settings.get', {})).office.name).toBe(SETUP_INPUT.office.name);
  });

  it('turns an unexpected error into INTERNAL with a reference and no internals, and logs the real error', async () => {
    const office = await offices.setUp();
    office.openRaw().exec('DROP TABLE settings');

    const error = await office.fail('settings.get');
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/^Something went wrong and the action was not completed\. Nothing was saved\. \(Reference [0-9a-f]{8}\)$/);
    expect(office.loggedErrors).toHaveLength(1);
    const [logged] = office.loggedErrors;
    expect(error.message).toContain(logged.ref);
    expect(logged.channel).toBe('settings.get');
    expect(String(logged.error)).toMatch(/no such table: settings/);
  });

  it('narrows an answer to its wire schema: only declared fields cross, and an answer that does not fit is INTERNAL', async () => {
    const office = await offices.setUp();
    const [admin] = await office.call('users.list', {});
    expect(Object.keys(admin).sort()).toEqual(Object.keys(userSummaryWire.shape).sort());

    office.openRaw().exec("UPDATE users SET role = 'boss'");
    const error = await office.fail('users.directory');
    expect(error.code).toBe('INTERNAL');
    expect(String(office.loggedErrors.at(-1)?.error)).toMatch(/users\.directory does not fit its wire schema at 0\.role/);
  });
});
