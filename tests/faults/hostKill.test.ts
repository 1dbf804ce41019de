import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startHostProcess, type HostProcess } from '../../scripts/loadtest/hostProcess';
import { CallRefused, SimulatedWorkstation } from '../../scripts/loadtest/simulatedWorkstation';
import { fullIntakeInput } from '../fixtures/intakeInput';
import { ADMIN_PASSWORD, NEW_PASSWORD, SETUP_INPUT, useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const hosts: HostProcess[] = [];
const desks: SimulatedWorkstation[] = [];
afterEach(async () => {
  for (const desk of desks.splice(0)) desk.close();
  for (const host of hosts.splice(0)) await host.kill();
});

const DESKS = ['Desk 1', 'Desk 2', 'Desk 3'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('office host killed with kill -9 under load', () => {
  it('restarts sealed on the same folder; after a sign-in every acknowledged note is there, the database and the audit chain are intact, and the same clients carry on', async () => {
    const office = await offices.setUp();
    const olivia = await office.addUser('olivia', 'officer');
    await office.activate('olivia');
    await office.signInAsAdmin();
    const client = await office.call('clients.intake', fullIntakeInput(olivia.id));
    office.sessions.shutdown();

    const port = await freePort();
    const start = (withCodes: boolean) =>
      startHostProcess({
        dataDir: office.dataDir,
        port,
        ...(withCodes ? { admin: { username: SETUP_INPUT.admin.username, password: ADMIN_PASSWORD }, workstations: DESKS } : {}),
      }).then((host) => (hosts.push(host), host));
    const first = await start(true);
    for (const name of DESKS) {
      const desk = await SimulatedWorkstation.enroll(name, { address: first.address, fingerprint: first.fingerprint, code: first.codes.get(name)! });
      desks.push(desk);
      await desk.signIn('olivia', NEW_PASSWORD);
    }

    // Each desk writes and signs notes back to back; a refusal because the host restarted sealed is met as an
    // officer meets it, by signing in again; anything else (the host is down) is tried again shortly.
    const acknowledged: number[] = [];
    const afterRestart = new Map<string, number>();
    let restarted = false;
    let writing = true;
    const writer = async (desk: SimulatedWorkstation) => {
      while (writing) {
        try {
          acknowledged.push(await desk.writeSignedNote(client.id));
          if (restarted) afterRestart.set(desk.name, (afterRestart.get(desk.name) ?? 0) + 1);
        } catch (error) {
          if (error instanceof CallRefused && error.error.code === 'SESSION_REQUIRED') await desk.signIn('olivia', NEW_PASSWORD).catch(() => sleep(100));
          else if (error instanceof CallRefused) throw error;
          else await sleep(100);
        }
      }
    };
    const writers = Promise.all(desks.map(writer));
    writers.catch(() => undefined); // awaited below; a desk refused for another reason fails the test there

    await until(() => acknowledged.length >= 12, 'notes before the kill');
    await first.kill();
    const beforeRestart = acknowledged.length;
    await sleep(300);
    const second = await start(false);
    expect(second.sealed).toBe(true);
    expect(second.fingerprint).toBe(first.fingerprint);
    restarted = true;
    await until(() => DESKS.every((name) => (afterRestart.get(name) ?? 0) >= 3), 'every desk writing again on its own connection');
    writing = false;
    await writers;
    expect(acknowledged.length).toBeGreaterThan(beforeRestart);

    const missing = [];
    for (const noteId of acknowledged) if (!(await desks[0].hasSignedNote(noteId))) missing.push(noteId);
    expect(missing).toEqual([]);
    await second.stop();

    await office.signInAsAdmin();
    expect(office.openRaw().pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await office.call('audit.verify', {})).toMatchObject({ ok: true });
  }, 120_000);
});
