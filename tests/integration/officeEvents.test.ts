import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OfficeEvent } from '../../electron/api/office/officeEvents';
import type { HostConnection } from '../../electron/office/hostConnection';
import { HostEvents } from '../../electron/office/hostEvents';
import { startHostServer, type HostServer } from '../../electron/office/hostServer';
import { startShellServer } from '../../electron/shell/server';
import { NEW_PASSWORD, useOfficeHosts } from '../fixtures/officeHostRun';
import { startWorkstationShell, type WorkstationShell } from '../fixtures/officeWorkstation';
import { useTempDirs } from '../fixtures/tempDirs';

const startOfficeHost = useOfficeHosts();
const tempDir = useTempDirs();
const closing: { close(): unknown }[] = [];
afterEach(async () => {
  for (const item of closing.splice(0).reverse()) await item.close();
});

/** A workstation's event stream, short waits between tries, and everything it heard. */
async function listen(connection: HostConnection, minDelayMs = 50) {
  const events = new HostEvents(connection, { minDelayMs, maxDelayMs: Math.max(minDelayMs, 200) });
  closing.push(events);
  const heard: OfficeEvent[] = [];
  events.subscribe((event) => heard.push(event));
  await vi.waitFor(() => expect(events.streaming).toBe(true));
  return { events, heard, changes: () => heard.filter((event) => event.type === 'change') };
}

async function ok(connection: HostConnection, channel: string, input: unknown) {
  const result = await connection.invoke(channel, input);
  expect(result, channel).toMatchObject({ ok: true });
}

const saveDraft = (desk: HostConnection, label: string) => ok(desk, 'intakeDrafts.save', { id: null, label, data: {} });

describe('change events from the office host', () => {
  it("reach every other signed-in workstation after a write, never the writer's own and never before sign-in", async () => {
    const run = await startOfficeHost();
    const [deskA, deskB] = [await run.enrol('Desk A'), await run.enrol('Desk B')];
    const [a, b] = [await listen(deskA), await listen(deskB)];

    await ok(deskA, 'auth.login', { username: 'olivia', password: NEW_PASSWORD });
    await saveDraft(deskA, 'Before B signed in');
    await ok(deskB, 'auth.login', { username: 'sam', password: NEW_PASSWORD });
    await ok(deskB, 'reviews.queue', {});
    await saveDraft(deskA, 'After B signed in');

    await vi.waitFor(() => expect(b.changes()).toHaveLength(1));
    expect(b.changes()[0]).toMatchObject({ type: 'change', channel: 'intakeDrafts.save', by: 'olivia Testperson' });
    expect(b.changes()[0]).toHaveProperty('domains', expect.arrayContaining(['intakeDrafts', 'timeline']));
    // Reads (B's queue) and sign-ins change nothing; A's own write is not sent back to it.
    expect(a.changes()).toEqual([]);
    expect(JSON.stringify(b.heard)).not.toContain('After B signed in');
  });

  it('stop when the host stops, and the stream opens again by itself when the host is back', async () => {
    const run = await startOfficeHost();
    const [deskA, deskB] = [await run.enrol('Desk A'), await run.enrol('Desk B')];
    const [a, b] = [await listen(deskA), await listen(deskB)];

    const port = Number(new URL(run.server.address).port);
    await run.server.close();
    run.host.sessions.endAll('the host restarted');
    await vi.waitFor(() => expect(a.heard).toContainEqual({ type: 'host', reachable: false }));
    expect(b.events.streaming).toBe(false);

    const restarted: HostServer = await startHostServer(run.host, { host: '127.0.0.1', port });
    closing.push(restarted);
    await vi.waitFor(() => expect(a.events.streaming && b.events.streaming).toBe(true), { timeout: 5_000 });
    expect(a.heard.at(-1)).toEqual({ type: 'host', reachable: true });

    await ok(deskA, 'auth.login', { username: 'olivia', password: NEW_PASSWORD });
    await ok(deskB, 'auth.login', { username: 'sam', password: NEW_PASSWORD });
    await saveDraft(deskA, 'After the restart');
    await vi.waitFor(() => expect(b.changes()).toHaveLength(1));
    expect(a.changes()).toEqual([]);
  });
});

/** What a page's EventSource on the shell would hear: the relayed events, as they come. */
async function pageStream(workstation: WorkstationShell) {
  const controller = new AbortController();
  closing.push({ close: () => controller.abort() });
  const response = await fetch(`${workstation.shell.origin}/api/events`, { headers: { Cookie: workstation.cookie }, signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const heard: OfficeEvent[] = [];
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let pending = '';
    try {
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        pending += read.value;
        const frames = pending.split('\n\n');
        pending = frames.pop() ?? '';
        for (const frame of frames) if (frame.startsWith('data: ')) heard.push(JSON.parse(frame.slice(6)) as OfficeEvent);
      }
    } catch {
      // Aborted at the end of the test.
    }
  })();
  return heard;
}

describe('a workstation waiting to try its stream again', () => {
  it('tries at once when a call has reached the host, so the banner does not outlast the outage', async () => {
    const run = await startOfficeHost();
    const desk = await run.enrol('Desk A');
    const { events, heard } = await listen(desk, 60_000);
    const port = Number(new URL(run.server.address).port);
    await run.server.close();
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ type: 'host', reachable: false }));
    closing.push(await startHostServer(run.host, { host: '127.0.0.1', port }));
    expect(await desk.invoke('auth.status', {})).toMatchObject({ ok: true });
    events.hostAnswered();
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ type: 'host', reachable: true }), { timeout: 5_000 });
  });
});

describe("a workstation browser shell's event stream", () => {
  it("relays the host's changes and its reachability to the page, on the shell's own origin", async () => {
    const run = await startOfficeHost();
    const shellA = await startWorkstationShell(run, 'Desk A', tempDir('a'), tempDir('renderer'), closing);
    const shellB = await startWorkstationShell(run, 'Desk B', tempDir('b'), tempDir('renderer'), closing);
    await vi.waitFor(() => expect(shellA.forwarding.events.streaming && shellB.forwarding.events.streaming).toBe(true));
    const heard = await pageStream(shellB);
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'host', reachable: true }]));

    expect(await shellA.invoke('auth.login', { username: 'olivia', password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await shellB.invoke('auth.login', { username: 'sam', password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await shellA.invoke('intakeDrafts.save', { id: null, label: 'Relayed', data: {} })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(heard).toContainEqual(expect.objectContaining({ type: 'change', channel: 'intakeDrafts.save' })));

    await run.server.close();
    expect(await shellB.invoke('auth.status', {})).toMatchObject({ ok: false, error: { code: 'DATA_UNAVAILABLE' } });
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ type: 'host', reachable: false }));
  });

  it('answers 204 in a standalone office, so the page stops asking', async () => {
    const shell = await startShellServer({ dispatch: () => Promise.resolve({ ok: true as const, value: null }), rendererDir: tempDir('renderer') });
    closing.push(shell);
    const launched = await fetch(`${shell.origin}/launch?token=${shell.issueLaunchToken()}`, { redirect: 'manual' });
    const cookie = (launched.headers.get('set-cookie') ?? '').split(';')[0];
    expect((await fetch(`${shell.origin}/api/events`, { headers: { Cookie: cookie } })).status).toBe(204);
    expect((await fetch(`${shell.origin}/api/events`)).status).toBe(401);
  });
});
