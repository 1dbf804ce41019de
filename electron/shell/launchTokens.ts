import { randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a launch token may wait to be exchanged: the browser does it at once, a person pasting the address within minutes. */
export const LAUNCH_TOKEN_TTL_MS = 3 * 60 * 1000;

const newSecret = () => randomBytes(32).toString('base64url');

function sameSecret(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * One-time launch tokens and the session cookies they are exchanged for. A token opens one browser
 * session once, within its lifetime, and is then gone; the session cookie is a separate random value,
 * so a token seen later (in a log, the history, a stolen launch page) opens nothing.
 */
export class LaunchTokens {
  private readonly pending = new Map<string, number>();
  private readonly sessions = new Set<string>();

  constructor(
    private readonly ttlMs = LAUNCH_TOKEN_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  issue(): string {
    const token = newSecret();
    this.pending.set(token, this.now() + this.ttlMs);
    return token;
  }

  /** Spends the token and returns a new session id, or null when it is unknown, used or expired. */
  redeem(token: string | null | undefined): string | null {
    if (!token) return null;
    const now = this.now();
    let match: string | null = null;
    for (const [candidate, expiresAt] of this.pending) {
      if (expiresAt <= now) this.pending.delete(candidate);
      else if (sameSecret(candidate, token)) match = candidate;
    }
    if (!match) return null;
    this.pending.delete(match);
    const session = newSecret();
    this.sessions.add(session);
    return session;
  }

  isSession(value: string | undefined): boolean {
    if (!value) return false;
    let found = false;
    for (const session of this.sessions) found = sameSecret(session, value) || found;
    return found;
  }
}
