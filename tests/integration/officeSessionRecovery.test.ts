import { afterEach, describe, expect, it } from 'vitest';
import { HOST_RESTARTED } from '../../electron/office/sessionRecovery';
import { startWorkstationShell } from '../fixtures/officeWorkstation';
import { NEW_PASSWORD, errorOf, useOfficeHosts, valueOf } from '../fixtures/officeHostRun';
import { useTempDirs } from '../fixtures/tempDirs';

const startOfficeHost = useOfficeHosts();
const tempDir = useTempDirs();
const opened: { close(): unknown }[] = [];

afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

interface Status {
  state: string;
  user: { username: string } | null;
  problem: string | null;
}

/** A workstation's shell with officer "olivia" signed in on a running host. */
async function signedInWorkstation() {
  const run = await startOfficeHost();
  const { forwarding } = await startWorkstationShell(run, 'Desk A', tempDir('workstation'), tempDir('renderer'), opened);
  const call = (channel: string, input: unknown = {}) => forwarding.dispatch(channel, input);
  valueOf(await call('auth.login', { username: 'olivia', password: NEW_PASSWORD }));
  return { run, call };
}

describe('a workstation whose office host restarted (sessionRecovery.ts)', () => {
  it('shows the lock screen for the officer who was signed in, and the password signs them in again on the host', async () => {
    const { run, call } = await signedInWorkstation();
    await run.restart();

    // The host knows no session now: the workstation answers "locked" for olivia, with the reason.
    expect(errorOf(await call('auth.touch')).code).toBe('SESSION_LOCKED');
    expect(valueOf<Status>(await call('auth.status'))).toMatchObject({ state: 'locked', user: { username: 'olivia' }, problem: HOST_RESTARTED });

    // The host still checks the password.
    expect(errorOf(await call('auth.unlock', { password: 'Not-Her-Password-1' })).code).toBe('AUTH_FAILED');
    expect(valueOf<Status>(await call('auth.status')).state).toBe('locked');

    expect(valueOf<Status>(await call('auth.unlock', { password: NEW_PASSWORD }))).toMatchObject({ state: 'active', user: { username: 'olivia' } });
    expect(valueOf<Status>(await call('auth.status'))).toMatchObject({ state: 'active', user: { username: 'olivia' }, problem: null });
  });

  it('"Sign out" on that lock screen goes to the normal sign-in', async () => {
    const { run, call } = await signedInWorkstation();
    await run.restart();
    expect(valueOf<Status>(await call('auth.status')).state).toBe('locked');

    expect(valueOf<Status>(await call('auth.logout')).state).toBe('logged-out');
    expect(valueOf<Status>(await call('auth.status'))).toMatchObject({ state: 'logged-out', user: null });
  });

  it('a workstation signed out before the restart stays signed out', async () => {
    const { run, call } = await signedInWorkstation();
    valueOf(await call('auth.logout'));
    await run.restart();
    expect(valueOf<Status>(await call('auth.status')).state).toBe('logged-out');
  });
});
