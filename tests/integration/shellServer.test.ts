import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppHost } from '../../electron/host/appHost';
import { LaunchTokens } from '../../electron/shell/launchTokens';
import { SESSION_COOKIE, startShellServer, type ShellServer, type ShellServerOptions } from '../../electron/shell/server';
import { useTempOffices } from '../fixtures/tempOffice';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const offices = useTempOffices();
const servers: ShellServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function shell(options: ShellServerOptions = {}) {
  const office = offices.create();
  const host: AppHost = { sessions: office.sessions, dispatch: office.dispatch, rendererDir: path.resolve(RENDERER_DIR), close: () => undefined };
  const server = await startShellServer(host, options);
  servers.push(server);
  return { office, server };
}

const launch = (server: ShellServer, token: string) => fetch(`${server.origin}/launch?token=${encodeURIComponent(token)}`, { redirect: 'manual' });

function sessionOf(response: Response) {
  const cookie = response.headers.get('set-cookie') ?? '';
  return { cookie, value: cookie.match(new RegExp(`^${SESSION_COOKIE}=([^;]+)`))?.[1] };
}

async function signedInCookie(server: ShellServer) {
  return `${SESSION_COOKIE}=${sessionOf(await launch(server, server.issueLaunchToken())).value}`;
}

const invoke = (server: ShellServer, cookie: string, body: string) =>
  fetch(`${server.origin}/api/invoke`, { method: 'POST', headers: { Cookie: cookie, Origin: server.origin, 'Content-Type': 'application/json' }, body });

describe('browser shell launch', () => {
  it('exchanges a launch token once for a separate HttpOnly SameSite=Strict session cookie', async () => {
    const { server } = await shell();
    const token = server.issueLaunchToken();
    const first = await launch(server, token);
    expect(first.status).toBe(303);
    const { cookie, value } = sessionOf(first);
    expect(cookie).toMatch(/; HttpOnly; SameSite=Strict; Path=\/$/);
    expect(value).toMatch(/^[\w-]{43}$/);
    expect(value).not.toBe(token);

    const again = await launch(server, token);
    expect(again.status).toBe(403);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toMatch(/already been used or has expired/);

    // The token is no cookie: only the session value opens the app.
    expect((await fetch(`${server.origin}/`, { headers: { Cookie: `${SESSION_COOKIE}=${token}` } })).status).toBe(401);
    expect((await fetch(`${server.origin}/`, { headers: { Cookie: `pd_token=${token}` } })).status).toBe(401);
    expect((await fetch(`${server.origin}/`, { headers: { Cookie: `${SESSION_COOKIE}=${value}` } })).status).not.toBe(401);
  });

  it('refuses a token after its lifetime', async () => {
    let now = 1_000_000;
    const { server } = await shell({ launchTokens: new LaunchTokens(60_000, () => now) });
    const token = server.issueLaunchToken();
    now += 60_001;
    expect((await launch(server, token)).status).toBe(403);
  });

  it('accepts the token POSTed by the local launch page (Origin "null") and refuses other origins', async () => {
    const { server } = await shell();
    const post = (origin: string, token: string) =>
      fetch(`${server.origin}/launch`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `token=${token}`,
      });
    const token = server.issueLaunchToken();
    expect((await post('http://evil.example', token)).status).toBe(403);
    const posted = await post('null', token);
    expect(posted.status).toBe(200);
    expect(sessionOf(posted).value).toMatch(/^[\w-]{43}$/);
    expect(await posted.text()).toContain('http-equiv="refresh"');
    expect((await post('null', token)).status).toBe(403);
  });

  it('prints a launch address holding a fresh one-time token', async () => {
    const { server } = await shell();
    const url = new URL(server.launchUrl());
    expect(url.origin).toBe(server.origin);
    expect((await launch(server, url.searchParams.get('token')!)).status).toBe(303);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(403);
  });
});

describe('browser shell requests', () => {
  it.each([
    ['a body of null', 'null', undefined],
    ['a body that is a string', '"auth.status"', undefined],
    ['a channel given as an object', '{"channel":{"toString":1},"input":{}}', 'channel'],
    ['a channel given as a number', '{"channel":7}', 'channel'],
    ['a body that is not JSON', '{"channel":', undefined],
  ])('answers %s with 400 VALIDATION, never 500', async (_label, body, field) => {
    const { server } = await shell();
    const response = await invoke(server, await signedInCookie(server), body);
    expect(response.status).toBe(400);
    const result = await response.json();
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(result.error.field).toBe(field);
  });

  it('still dispatches a well-formed call', async () => {
    const { server } = await shell();
    const response = await invoke(server, await signedInCookie(server), '{"channel":"auth.status"}');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { state: 'setup-required' } });
  });
});

/** Opens a raw connection, optionally trickling bytes, and resolves with how long the server kept it open. */
function connectionLifetime(server: ShellServer, trickle?: { text: string; everyMs: number }): Promise<number> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    let timer: NodeJS.Timeout | undefined;
    if (trickle) {
      let sent = 0;
      timer = setInterval(() => socket.write(trickle.text[sent++ % trickle.text.length]), trickle.everyMs);
    }
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve(Date.now() - started);
    });
    socket.resume();
  });
}

describe('browser shell timeouts', () => {
  it('closes a connection that sends nothing', async () => {
    const { server } = await shell({ timeouts: { idleSocketMs: 300, headersMs: 10_000, requestMs: 10_000 } });
    expect(await connectionLifetime(server)).toBeLessThan(3_000);
  });

  it('closes a connection that trickles its headers forever', async () => {
    const { server } = await shell({ timeouts: { idleSocketMs: 10_000, headersMs: 400, requestMs: 800, checkIntervalMs: 100 } });
    expect(await connectionLifetime(server, { text: 'GET / HTTP/1.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', everyMs: 50 })).toBeLessThan(3_000);
  });
});
