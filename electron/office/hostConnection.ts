import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent, get as httpsGet, request as httpsRequest } from 'node:https';
import { connect, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { ApiResult } from '../api/errors';
import { HOST_ROUTES, SESSION_HEADER } from './hostProtocol';
import { sendOnceAtMost } from './idempotentRetry';

/** The workstation refuses a host whose certificate is not the one the person compared on both screens. */
export class FingerprintMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`The office host at this address shows the fingerprint ${actual}, not ${expected}. Nothing was sent. Check the address and the fingerprint on the host's screen.`);
    this.name = 'FingerprintMismatchError';
  }
}

export interface ClientIdentity {
  keyPem: string;
  certificatePem: string;
}

export interface HttpAnswer {
  status: number;
  body: unknown;
}

const TLS_VERSION = { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' } as const;

function pinCheck(fingerprint: string) {
  return (_host: string, certificate: PeerCertificate) =>
    certificate.fingerprint256 === fingerprint ? undefined : new FingerprintMismatchError(fingerprint, certificate.fingerprint256);
}

function readAnswer(res: import('node:http').IncomingMessage): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
      } catch {
        reject(new Error(`The office host answered ${res.statusCode} with something that is not JSON.`));
      }
    });
    res.on('error', reject);
  });
}

/**
 * One POST over a TLS connection whose host certificate has already been checked against the fingerprint,
 * before a byte of the request (an enrolment code) is sent: at enrolment the workstation does not trust the
 * host's certificate yet, so the pin is the whole check.
 */
export async function postPinned(address: string, path: string, body: unknown, fingerprint: string, identity?: ClientIdentity): Promise<HttpAnswer> {
  const url = new URL(address);
  const socket: TLSSocket = connect({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port),
    rejectUnauthorized: false,
    ...TLS_VERSION,
    key: identity?.keyPem,
    cert: identity?.certificatePem,
  });
  try {
    await once(socket, 'secureConnect');
    const actual = socket.getPeerCertificate().fingerprint256;
    if (actual !== fingerprint) throw new FingerprintMismatchError(fingerprint, actual);
  } catch (error) {
    socket.destroy();
    throw error;
  }
  const payload = JSON.stringify(body);
  const req = httpRequest({
    method: 'POST',
    path,
    host: url.host,
    createConnection: () => socket,
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
  });
  req.end(payload);
  const [res] = (await once(req, 'response')) as [import('node:http').IncomingMessage];
  try {
    return await readAnswer(res);
  } finally {
    socket.destroy();
  }
}

/**
 * An enrolled workstation's connection to its office host: mutual TLS 1.3 with its own certificate, the
 * host's certificate as the only authority and its fingerprint pinned (addresses change on closed networks,
 * so the host name is not what is checked), and the session token the host issued.
 */
export class HostConnection {
  private readonly agent: Agent;
  private token: string | null = null;
  private opening: Promise<void> | null = null;
  private readonly newSessionListeners = new Set<() => void>();

  constructor(
    readonly address: string,
    hostCertificatePem: string,
    hostFingerprint: string,
    identity: ClientIdentity,
  ) {
    this.agent = new Agent({
      keepAlive: true,
      ca: hostCertificatePem,
      key: identity.keyPem,
      cert: identity.certificatePem,
      checkServerIdentity: pinCheck(hostFingerprint),
      ...TLS_VERSION,
    });
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    const url = new URL(path, this.address);
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        url,
        { method: 'POST', agent: this.agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), ...headers } },
        (res) => {
          readAnswer(res).then(resolve, reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Opens a sign-in session on the host (one per app window); calls that ask at once share one. */
  openSession(): Promise<void> {
    this.opening ??= this.requestSession().finally(() => (this.opening = null));
    return this.opening;
  }

  private async requestSession() {
    const answer = await this.post(HOST_ROUTES.session, {});
    const result = answer.body as ApiResult<{ token: string }>;
    if (!result.ok) throw new Error(result.error.message);
    this.token = result.value.token;
    for (const listener of this.newSessionListeners) listener();
  }

  /** A session the host refused: a new one, unless another call has already replaced it. */
  private renewSession(refused: string | null) {
    return this.token === refused ? this.openSession() : (this.opening ?? Promise.resolve());
  }

  /** Told after each new session: a stream held in the old one (the change events) must be opened again. */
  onNewSession(listener: () => void): () => void {
    this.newSessionListeners.add(listener);
    return () => this.newSessionListeners.delete(listener);
  }

  /** A long-lived GET in this session (the change events); a session the host no longer knows is opened again once. */
  async openStream(path: string): Promise<IncomingMessage> {
    if (!this.token) await this.openSession();
    const get = (token: string | null) =>
      new Promise<IncomingMessage>((resolve, reject) => {
        httpsGet(new URL(path, this.address), { agent: this.agent, headers: { Accept: 'text/event-stream', [SESSION_HEADER]: token ?? '' } }, resolve).on('error', reject);
      });
    const sent = this.token;
    const res = await get(sent);
    if (res.statusCode !== 401) return res;
    res.resume();
    await this.renewSession(sent);
    return get(this.token);
  }

  /**
   * A `window.api` call, answered as the dispatcher answers it (or with the host's refusal). A session the host no
   * longer knows (it restarted, or was sealed) is opened again once: the host refused that call before it ran.
   */
  async invoke(channel: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!this.token) await this.openSession();
    const sent = this.token;
    const answer = await sendOnceAtMost(channel, async (key) => {
      const first = await this.post(HOST_ROUTES.invoke, { channel, input }, { ...key, [SESSION_HEADER]: sent! });
      if (first.status !== 401) return first;
      await this.renewSession(sent);
      return this.post(HOST_ROUTES.invoke, { channel, input }, { ...key, [SESSION_HEADER]: this.token! });
    });
    return answer.body as ApiResult<unknown>;
  }

  close() {
    this.agent.destroy();
  }
}
