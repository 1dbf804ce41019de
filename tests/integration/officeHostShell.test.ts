import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, useOfficeHosts, type HostRun } from '../fixtures/officeHostRun';
import { startWorkstationShell } from '../fixtures/officeWorkstation';
import { useTempDirs } from '../fixtures/tempDirs';

const startOfficeHost = useOfficeHosts();
const tempDir = useTempDirs();
const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

async function workstationShell(run: HostRun, name: string) {
  return (await startWorkstationShell(run, name, tempDir('workstation'), tempDir('renderer'), opened)).invoke;
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
