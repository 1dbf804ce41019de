import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { ApiError } from '../api/errors';
import { SHELL_EVENTS_PATH } from '../api/office/officeEvents';
import type { AppHost } from '../host/appHost';
import { newNonce, readRendererFile, securityHeaders } from '../host/rendererFiles';
import type { OfficeEventSource } from '../office/hostEvents';
import { relayOfficeEvents } from './eventRelay';
import { LaunchTokens } from './launchTokens';

export const LOOPBACK = '127.0.0.1';
export const SESSION_COOKIE = 'pd_session';
/** Large enough for an ID photo or an attachment later; anything bigger is refused before it is read. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;
const MAX_LAUNCH_FORM_BYTES = 1024;

/** Limits that keep a stalled or idle local client from holding sockets open for ever. */
export interface ShellTimeouts {
  /** Whole request (headers and body) must arrive within this. */
  requestMs: number;
  headersMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
  /** A socket with no traffic either way is destroyed after this; long enough for the slowest export. */
  idleSocketMs: number;
  /** How often Node checks the request and headers limits (its default, 30 s, would triple them). */
  checkIntervalMs: number;
}

export const DEFAULT_TIMEOUTS: ShellTimeouts = { requestMs: 60_000, headersMs: 15_000, keepAliveMs: 5_000, idleSocketMs: 120_000, checkIntervalMs: 1_000 };

export interface ShellServerOptions {
  port?: number;
  timeouts?: Partial<ShellTimeouts>;
  launchTokens?: LaunchTokens;
}

export interface ShellServer {
  origin: string;
  /** A new one-time launch token: exchanged once at /launch (GET ?token= or POSTed form) for a session cookie. */
  issueLaunchToken(): string;
  /** The address to print for a person to open by hand; it holds a fresh one-time token. */
  launchUrl(): string;
  close(): Promise<void>;
}

const invokeSchema = z.object({ channel: z.string({ error: 'The channel must be the name of an operation.' }), input: z.unknown().optional() });

function cookieValue(req: IncomingMessage, cookie: string) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookie) return rest.join('=');
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(body);
}

const sendText = (res: ServerResponse, status: number, text: string) => send(res, status, text, { 'Content-Type': 'text/plain; charset=utf-8' });

function sendRefusal(res: ServerResponse, error: ApiError) {
  send(res, 400, JSON.stringify({ ok: false, error }), { 'Content-Type': 'application/json' });
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sessionCookie = (session: string) => `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`;

/**
 * The launch page that a browser POSTs from (a local file, so Origin is "null") answers with a page that
 * moves on to the app itself: a navigation started by this origin, so the Strict cookie goes with it.
 */
const ENTER_APP_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/"><title>Probation Desk</title></head><body>Opening Probation Desk…</body></html>';

const LAUNCH_REFUSED = 'This launch address has already been used or has expired. Stop Probation Desk and start it again to get a new one.';

/**
 * Serves the built renderer and the IPC dispatcher to a local browser, on loopback only, on a random port.
 * A browser gets in once, with a one-time launch token that is never put on a command line, and is then
 * known by a separate random session cookie (HttpOnly, SameSite=Strict); the Host and Origin headers must
 * name this server, so other local pages and DNS-rebinding sites cannot reach the data.
 */
export async function startShellServer(host: Pick<AppHost, 'dispatch' | 'rendererDir'> & { events?: OfficeEventSource }, options: ShellServerOptions = {}): Promise<ShellServer> {
  const tokens = options.launchTokens ?? new LaunchTokens();
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  let origin = '';

  const server = createServer(
    {
      requestTimeout: timeouts.requestMs,
      headersTimeout: timeouts.headersMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    (req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) sendText(res, 500, 'Internal error');
        else res.destroy();
      });
    },
  );
  server.setTimeout(timeouts.idleSocketMs, (socket) => socket.destroy());

  async function launch(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method === 'POST') {
      // The launch page is a local file: its form posts with Origin "null", and only a valid token is accepted.
      if (req.headers.origin !== undefined && req.headers.origin !== 'null' && req.headers.origin !== origin) return sendText(res, 403, 'Cross-origin requests are refused');
      const form = new URLSearchParams(await readBody(req, MAX_LAUNCH_FORM_BYTES));
      const session = tokens.redeem(form.get('token'));
      if (!session) return sendText(res, 403, LAUNCH_REFUSED);
      return send(res, 200, ENTER_APP_PAGE, { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': sessionCookie(session), 'Referrer-Policy': 'no-referrer' });
    }
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return sendText(res, 403, 'Cross-origin requests are refused');
    const session = tokens.redeem(url.searchParams.get('token'));
    if (!session) return sendText(res, 403, LAUNCH_REFUSED);
    return send(res, 303, '', { Location: '/', 'Set-Cookie': sessionCookie(session), 'Referrer-Policy': 'no-referrer' });
  }

  async function invoke(req: IncomingMessage, res: ServerResponse) {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, MAX_BODY_BYTES));
    } catch (error) {
      const message = error instanceof BodyTooLarge ? 'The request is too large.' : 'The request was not valid JSON.';
      return sendRefusal(res, { code: 'VALIDATION', message });
    }
    const message = invokeSchema.safeParse(body);
    if (!message.success) {
      const issue = message.error.issues[0];
      const field = issue?.path.map(String).join('.');
      const text = field ? (issue?.message ?? 'The request is not valid.') : 'The request must be an object with a channel and an input.';
      return sendRefusal(res, { code: 'VALIDATION', message: text, ...(field ? { field } : {}) });
    }
    const result = await host.dispatch(message.data.channel, message.data.input);
    return send(res, 200, JSON.stringify(result), { 'Content-Type': 'application/json' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.host !== new URL(origin).host) return sendText(res, 421, 'Wrong host');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/launch') return launch(req, res, url);
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return sendText(res, 403, 'Cross-origin requests are refused');
    if (!tokens.isSession(cookieValue(req, SESSION_COOKIE))) {
      return sendText(res, 401, 'Open Probation Desk with the launch address printed when it started.');
    }
    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST' || requestOrigin !== origin) return sendText(res, 405, 'Use POST from the application page');
      return invoke(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    // A standalone office has no host to hear from: 204 tells the page's EventSource not to ask again.
    if (url.pathname === SHELL_EVENTS_PATH) return host.events ? relayOfficeEvents(res, host.events) : send(res, 204, '');
    const nonce = newNonce();
    const file = readRendererFile(host.rendererDir, url.pathname, nonce);
    if (!file) return send(res, 404, 'Not found');
    return send(res, 200, req.method === 'HEAD' ? '' : file.body, { ...securityHeaders(nonce), 'Content-Type': file.contentType });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  origin = `http://${LOOPBACK}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    issueLaunchToken: () => tokens.issue(),
    launchUrl: () => `${origin}/launch?token=${tokens.issue()}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
