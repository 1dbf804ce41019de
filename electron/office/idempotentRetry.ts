import { randomUUID } from 'node:crypto';
import { IDEMPOTENCY_HEADER } from './hostProtocol';
import { changedDomains } from '../api/channelEffects';

/** Errors of a connection that dropped after the request may have reached the host. */
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

const droppedConnection = (error: unknown) => error instanceof Error && DROPPED.has((error as NodeJS.ErrnoException).code ?? '');

/**
 * Sends a call, and once more if the connection dropped before its answer came (a kept-alive connection the host
 * had just closed, say). A read is simply asked again; a write carries a fresh idempotency key, sent again
 * unchanged, so the host answers the retry with the first answer instead of writing twice.
 */
export async function sendOnceAtMost<T>(channel: string, send: (headers: Record<string, string>) => Promise<T>): Promise<T> {
  const headers: Record<string, string> = changedDomains(channel).length === 0 ? {} : { [IDEMPOTENCY_HEADER]: randomUUID() };
  try {
    return await send(headers);
  } catch (error) {
    if (!droppedConnection(error)) throw error;
    return send(headers);
  }
}
