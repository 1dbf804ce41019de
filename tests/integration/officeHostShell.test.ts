import { afterEach, describe, expect, it } from 'vitest';
import { forwardToHost, type ForwardingDispatch } from '../../electron/office/forwardToHost';
import { enrolWorkstation } from '../../electron/office/workstationEnrolment';
import { loadWorkstationEnrolment, saveWorkstationEnrolment } from '../../electron/office/workstationEnrolmentFiles';
import { createWorkstationKey } from '../../electron/office/workstationKey';
import { SESSION_COOKIE, startShellServer, type ShellServer } from '../../electron/shell/server';
import { ADMIN_PASSWORD, useOfficeHosts, type HostRun } from '../fixtures/officeHostRun';
import { useTempDirs } from '../fixtures/tempDirs';

const startOfficeHost = useOfficeHosts();
const tempDir = useTempDirs();
const opened: (ShellServer | ForwardingDispatch)[] = [];
afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

/** A workstation enrolled with the host, its browser shell started in office mode as `npm start` starts it. */
async function workstationShell(run: HostRun, name: string) {
  const dataDir = tempDir('workstation');
  const key = await createWorkstationKey();
  const enrolled = await enrolWorkstation({ hostAddress: run.server.address, hostFingerprint: run.host.identity.fingerprint, code: await run.code(name), key });
  saveWorkstationEnrolment(dataDir, {
    settings: { hostAddress: run.server.address, hostFingerprint: enrolled.hostFingerprint, workstationName: name, enrolledAt: new Date().toISOString() },
    identity: { keyPem: key.keyPem, certificatePem: enrolled.certificatePem },
    hostCertificatePem: enrolled.hostCertificatePem,
  });
  const forwarding = forwardToHost(loadWorkstationEnrolment(dataDir)!);
  opened.push(forwarding);
  const shell = await startShellServer({ dispatch: forwarding.dispatch, rendererDir: tempDir('renderer') });
  opened.push(shell);
  const launched = await fetch(`${shell.origin}/launch?token=${shell.issueLaunchToken()}`, { redirect: 'manual' });
  const cookie = (launched.headers.get('set-cookie') ?? '').split(';')[0];
  expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
  return async (channel: string, input: unknown) => {
    const response = await fetch(`${shell.origin}/api/invoke`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: shell.origin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    return (await response.json()) as { ok: boolean; value?: { state?: string; user?: { username: string } }; error?: { code: string; message: string } };
  };
}

describe('a workstation browser shell in office mode', () => {
  it("sends the renderer's calls to the office host and its answers back unchanged", async () => {
    const run = await startOfficeHost();
    const invoke = await workstationShell(run, 'Front desk');
    expect(await invoke('auth.status', {})).toMatchObject({ ok: true, value: { state: 'logged-out' } });
    expect(await invoke('auth.login', { username: 'admin', password: 'wrong password here' })).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } });
    expect(await invoke('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).toMatchObject({ ok: true, value: { state: 'active', user: { username: 'admin' } } });
    expect(await invoke('office.listWorkstations', {})).toMatchObject({ ok: true, value: [{ name: 'Front desk' }] });
  });

  it('opens a new session when the host has ended its own, and says so plainly when the host cannot be reached', async () => {
    const run = await startOfficeHost();
    const invoke = await workstationShell(run, 'Front desk');
    expect(await invoke('auth.status', {})).toMatchObject({ ok: true });
    run.host.sessions.endAll('test');
    expect(await invoke('auth.status', {})).toMatchObject({ ok: true, value: { state: 'logged-out' } });
    await run.server.close();
    const unreachable = await invoke('auth.status', {});
    expect(unreachable).toMatchObject({ ok: false, error: { code: 'DATA_UNAVAILABLE' } });
    expect(unreachable.error?.message).toMatch(/^The office host at https:\/\/127\.0\.0\.1:\d+ cannot be reached/);
  });
});
