import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppHost } from '../host/appHost';
import { newNonce, readRendererFile, securityHeaders } from '../host/rendererFiles';

export const LOOPBACK = '127.0.0.1';
export const TOKEN_COOKIE = 'pd_token';
/** Large enough for an ID photo or an attachment later; anything bigger is refused before it is read. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface ShellServer {
  origin: string;
  /** Opening this once sets the token cookie; every other request must carry it. */
  launchUrl: string;
  close(): Promise<void>;
}

function sameSecret(a: string | undefined, b: string) {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serves the built renderer and the IPC dispatcher to a local browser, on loopback only, on a random port.
 * A per-launch token (as an HttpOnly SameSite=Strict cookie) is required on every request, and the Host and
 * Origin headers must name this server, so other local pages and DNS-rebinding sites cannot reach the data.
 */
export async function startShellServer(host: AppHost, port = 0): Promise<ShellServer> {
  const token = randomBytes(32).toString('base64url');
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'Wrong host');
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return send(res, 403, 'Cross-origin requests are refused');
    if (url.pathname === '/launch') {
      if (!sameSecret(url.searchParams.get('token') ?? undefined, token)) return send(res, 403, 'Invalid launch token');
      return send(res, 303, '', { Location: '/', 'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` });
    }
    if (!sameSecret(cookieToken(req), token)) {
      return send(res, 401, 'Open Probation Desk with the launch address printed when it started.', { 'Content-Type': 'text/plain; charset=utf-8' });
    }
    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST' || requestOrigin !== origin) return send(res, 405, 'Use POST from the application page');
      let message: { channel?: unknown; input?: unknown };
      try {
        message = JSON.parse(await readBody(req));
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'The request was not valid JSON or was too large.' } }), { 'Content-Type': 'application/json' });
      }
      const result = await host.dispatch(message.channel, message.input);
      return send(res, 200, JSON.stringify(result), { 'Content-Type': 'application/json' });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const nonce = newNonce();
    const file = readRendererFile(host.rendererDir, url.pathname, nonce);
    if (!file) return send(res, 404, 'Not found');
    return send(res, 200, req.method === 'HEAD' ? '' : file.body, { ...securityHeaders(nonce), 'Content-Type': file.contentType });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => resolve());
  });
  origin = `http://${LOOPBACK}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    launchUrl: `${origin}/launch?token=${token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
