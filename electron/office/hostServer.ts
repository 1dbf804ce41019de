import type { TLSSocket } from 'node:tls';
import Fastify, { type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contract } from '../api/contract';
import { AppError, type ApiError, type ApiResult } from '../api/errors';
import { ChangeFeed } from './changeEvents';
import { SEALED_MESSAGE } from './hostSeal';
import { HOST_ROUTES, IDEMPOTENCY_HEADER, SESSION_HEADER } from './hostProtocol';
import { idempotencyKeyOf, IdempotentCalls, INVALID_KEY_MESSAGE } from './idempotentCalls';
import type { OfficeHost } from './officeHost';

/** As the browser shell: an ID photo fits, anything bigger is refused before it is read. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface HostListen {
  host: string;
  port: number;
}

export interface HostServer {
  /** The address workstations use, e.g. https://192.168.1.10:8443. */
  address: string;
  close(): Promise<void>;
}

const enrolSchema = z.object({
  code: z.string({ error: 'Enter the enrollment code.' }).min(1, 'Enter the enrollment code.').max(40),
  csr: z.string({ error: 'Send the certificate request.' }).min(1).max(20_000),
});
const invokeSchema = z.object({ channel: z.string({ error: 'The channel must be the name of an operation.' }), input: z.unknown().optional() });

const refusal = (code: ApiError['code'], message: string, field?: string): ApiResult<never> => ({ ok: false, error: { code, message, ...(field ? { field } : {}) } });

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T | ApiResult<never> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return refusal('VALIDATION', issue?.message ?? 'The request is not valid.', issue?.path.map(String).join('.') || undefined);
}

const SESSION_ENDED = 'This session has ended on the office host. Start again to sign in.';

const isRefusal = (value: unknown): value is ApiResult<never> => typeof value === 'object' && value !== null && 'ok' in value;

/** Channels a sealed host still answers: the ones open to anyone (status, sign-in, recovery, unseal). */
const answersWhenSealed = (channel: string) => Object.hasOwn(contract, channel) && contract[channel as keyof typeof contract].access === 'public';

/**
 * The office host's HTTPS server (Fastify): TLS 1.3 only, the host's own certificate, and a client certificate
 * signed by the host on every route but enrolment. Each call is the renderer's `window.api` call as
 * `POST /invoke {channel, input}`, answered by the same dispatcher as the app's, in the caller's session.
 */
export async function startHostServer(office: OfficeHost, listen: HostListen): Promise<HostServer> {
  const app = Fastify({
    bodyLimit: MAX_BODY_BYTES,
    https: {
      key: office.identity.keyPem,
      cert: office.identity.certificatePem,
      ca: [office.identity.certificatePem],
      minVersion: 'TLSv1.3',
      maxVersion: 'TLSv1.3',
      requestCert: true,
      // Enrolment is the one route a workstation reaches before it has a certificate: every other route checks it below.
      rejectUnauthorized: false,
    },
    connectionTimeout: 120_000,
    keepAliveTimeout: 5_000,
    requestTimeout: 60_000,
  });

  const logError = (where: string, error: unknown) => console.error(`[office-host] ${where}:`, error);

  /** The fingerprint of a valid certificate signed by this host, or null. */
  function clientFingerprint(request: FastifyRequest): string | null {
    const socket = request.raw.socket as TLSSocket;
    if (!socket.authorized) return null;
    return socket.getPeerCertificate().fingerprint256 ?? null;
  }

  /** The name the host signed into the workstation's certificate (the one the administrator gave its code). */
  const workstationName = (request: FastifyRequest) => String((request.raw.socket as TLSSocket).getPeerCertificate().subject.CN);

  /** Each checked request's certificate, set before its body is read. */
  const fingerprints = new WeakMap<FastifyRequest, string>();
  const changes = new ChangeFeed(() => office.sessions.all());
  const idempotent = new IdempotentCalls();

  // Every route but enrolment needs a valid, unrevoked certificate, checked before a byte of the body is read.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url === HOST_ROUTES.enrol) return;
    const fingerprint = clientFingerprint(request);
    if (!fingerprint) return reply.code(401).send(refusal('SESSION_REQUIRED', 'This computer has no valid certificate from this office host: enroll it first.'));
    const refused = office.refusal(fingerprint);
    if (refused) return reply.code(403).send(refusal('FORBIDDEN', refused));
    fingerprints.set(request, fingerprint);
  });

  app.post(HOST_ROUTES.enrol, async (request, reply) => {
    const body = parseBody(enrolSchema, request.body);
    if (isRefusal(body)) return reply.code(400).send(body);
    try {
      return { ok: true, value: await office.enrol(body.code, body.csr) };
    } catch (error) {
      if (error instanceof AppError) return reply.code(error.code === 'VALIDATION' ? 400 : 403).send({ ok: false, error: error.toApiError() });
      logError('enrollment', error);
      return reply.code(500).send(refusal('INTERNAL', 'The workstation could not be enrolled; the host logged why.'));
    }
  });

  function sessionOf(request: FastifyRequest) {
    const header = request.headers[SESSION_HEADER];
    return office.sessions.find(typeof header === 'string' ? header : undefined, fingerprints.get(request)!);
  }

  app.post(HOST_ROUTES.session, (request, reply) => {
    const session = office.sessions.open(fingerprints.get(request)!, workstationName(request));
    return reply.send({ ok: true, value: { token: session.token } });
  });

  app.post(HOST_ROUTES.invoke, async (request, reply) => {
    const body = parseBody(invokeSchema, request.body);
    if (isRefusal(body)) return reply.code(400).send(body);
    // Sealing ended every session: a data call with an old token is told why, not just that its session ended.
    if (office.seal.sealed && !answersWhenSealed(body.channel)) return refusal('SESSION_REQUIRED', SEALED_MESSAGE);
    const session = sessionOf(request);
    if (!session) return reply.code(401).send(refusal('SESSION_REQUIRED', SESSION_ENDED));
    const idempotency = idempotencyKeyOf(request.headers[IDEMPOTENCY_HEADER]);
    if (!idempotency) return reply.code(400).send(refusal('VALIDATION', INVALID_KEY_MESSAGE, IDEMPOTENCY_HEADER));
    const wasSealed = office.seal.sealed;
    // A retry answered from the idempotency store did not run: its change was already published with the first call.
    let ran = false;
    const result = await idempotent.run(session.fingerprint, idempotency.key, () => {
      ran = true;
      return session.dispatch(body.channel, body.input);
    });
    const refused = office.afterCall(session, wasSealed);
    if (refused) return reply.code(403).send(refusal('FORBIDDEN', refused));
    if (ran) changes.publish(session, body.channel, result);
    return result;
  });

  app.get(HOST_ROUTES.events, (request, reply) => {
    const session = sessionOf(request);
    if (!session) return reply.code(401).send(refusal('SESSION_REQUIRED', SESSION_ENDED));
    reply.hijack();
    changes.open(session, reply.raw);
  });

  await app.listen({ host: listen.host, port: listen.port });
  const { port } = app.server.address() as { port: number };
  const shown = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return {
    address: `https://${shown}:${port}`,
    close: () => {
      changes.close();
      return app.close();
    },
  };
}

/** ADDRESS:PORT as given to --listen ("0.0.0.0:8443", "[::]:8443", "192.168.1.10:8443"). */
export function parseListen(text: string): HostListen {
  let url: URL;
  try {
    url = new URL(`https://${text}`);
  } catch {
    throw new Error(`--listen must be ADDRESS:PORT, e.g. 0.0.0.0:8443; "${text}" is not.`);
  }
  const port = Number(url.port);
  if (!url.port || !Number.isInteger(port) || port < 1 || url.pathname !== '/' || url.username)
    throw new Error(`--listen must be ADDRESS:PORT with a port from 1 to 65535; "${text}" is not.`);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port };
}
