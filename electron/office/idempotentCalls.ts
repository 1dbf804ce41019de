import type { ApiResult } from '../api/errors';

/** Long enough for any retry after a dropped connection; a workstation retries once, at once. */
const REMEMBER_MS = 10 * 60_000;
/** Bounds the host's memory (answers are small: a write's result); the oldest are forgotten first. */
const MAX_REMEMBERED = 10_000;
const KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export const INVALID_KEY_MESSAGE = 'The idempotency key must be 16 to 128 letters, digits, dashes or underscores.';

/** The key sent in the header (null when there is none: a read), or null for a header that is not a valid key. */
export function idempotencyKeyOf(header: unknown): { key: string | null } | null {
  if (header === undefined) return { key: null };
  return typeof header === 'string' && KEY_PATTERN.test(header) ? { key: header } : null;
}

interface Remembered {
  answer: Promise<ApiResult<unknown>>;
  until: number;
}

/**
 * The host's memory of writes by idempotency key, per workstation: a retry of a write (the workstation lost the
 * answer with its connection) gets the first call's answer without running again, and a retry that arrives while
 * the first still runs waits for it. Kept in memory with a bound and an age limit: a host restart forgets, which
 * is safe because the workstation retries only at once, over a connection to the same running host.
 */
export class IdempotentCalls {
  private readonly remembered = new Map<string, Remembered>();

  constructor(private readonly now: () => number = Date.now) {}

  run(workstation: string, key: string | null, call: () => Promise<ApiResult<unknown>>): Promise<ApiResult<unknown>> {
    if (key === null) return call();
    this.forgetOld();
    const id = `${workstation}\n${key}`;
    const known = this.remembered.get(id);
    if (known) return known.answer;
    const answer = call();
    // A call that threw has no answer to repeat: its retry runs it again.
    answer.catch(() => this.remembered.delete(id));
    this.remembered.set(id, { answer, until: this.now() + REMEMBER_MS });
    return answer;
  }

  /** Map order is insertion order, so the oldest are at the front. */
  private forgetOld() {
    const now = this.now();
    for (const [id, { until }] of this.remembered) {
      if (until > now && this.remembered.size < MAX_REMEMBERED) return;
      this.remembered.delete(id);
    }
  }
}
