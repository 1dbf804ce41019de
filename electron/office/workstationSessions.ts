import { randomBytes, timingSafeEqual } from 'node:crypto';
import { asWorkstation } from '../../db/connectionWorkstation';
import { createDispatcher, type Dispatch } from '../ipc/dispatch';
import type { OfficeHostControl } from '../ipc/handlers/types';
import { SessionManager, type SessionManagerOptions } from '../services/auth/sessionManager';

/** A workstation may run a few windows of the app; more sessions than this end its oldest. */
const MAX_SESSIONS_PER_WORKSTATION = 4;

export interface WorkstationSession {
  token: string;
  /** The client certificate the session was opened with: the token is refused with any other. */
  fingerprint: string;
  /** The name in its certificate, which the host signed; every call of the session runs as it, for its audit rows. */
  workstationName: string;
  sessions: SessionManager;
  dispatch: Dispatch;
}

/**
 * The sign-in sessions of the host, one per app window of each enrolled workstation. Each is today's
 * SessionManager (sign-in, lockout, idle lock, the user's role) over the host's data folder and its shared
 * connection, with its own dispatcher; a random token names it, bound to the workstation's certificate.
 * Whatever a session does, a call or its idle lock, runs as its workstation (asWorkstation).
 */
export class WorkstationSessions {
  private readonly byToken = new Map<string, WorkstationSession>();

  constructor(
    private readonly sessionOptions: SessionManagerOptions,
    private readonly office: OfficeHostControl,
    private readonly logError: (ref: string, channel: string, error: unknown) => void,
  ) {}

  open(fingerprint: string, workstationName: string): WorkstationSession {
    const own = this.all().filter((s) => s.fingerprint === fingerprint);
    for (const oldest of own.slice(0, Math.max(0, own.length - MAX_SESSIONS_PER_WORKSTATION + 1))) this.end(oldest, 'too many sessions on this workstation');
    const sessions = new SessionManager(this.sessionOptions);
    const dispatch = createDispatcher(sessions, { logError: this.logError, office: this.office });
    const session = {
      token: randomBytes(32).toString('base64url'),
      fingerprint,
      workstationName,
      sessions,
      dispatch: ((channel, input) => asWorkstation(workstationName, () => dispatch(channel, input))) satisfies Dispatch,
    };
    this.byToken.set(session.token, session);
    return session;
  }

  /** The session a token names, if it was opened with this certificate. */
  find(token: string | undefined, fingerprint: string): WorkstationSession | null {
    const session = token ? this.byToken.get(token) : undefined;
    if (!session) return null;
    const a = Buffer.from(session.fingerprint);
    const b = Buffer.from(fingerprint);
    return a.length === b.length && timingSafeEqual(a, b) ? session : null;
  }

  all(): WorkstationSession[] {
    return [...this.byToken.values()];
  }

  /** Ends every session of one workstation (its certificate was revoked). */
  endFor(fingerprint: string, reason: string) {
    for (const session of this.all()) if (session.fingerprint === fingerprint) this.end(session, reason);
  }

  endAll(reason: string) {
    for (const session of this.all()) this.end(session, reason);
  }

  /** Locks every session idle for longer than the office allows, so keys leave memory on time. */
  checkIdle() {
    for (const session of this.all()) asWorkstation(session.workstationName, () => session.sessions.checkIdle());
  }

  /** Locks every session but `own` (a key rotation leaves the key they hold behind). */
  lockAllBut(own: SessionManager, reason: 'key rotation') {
    for (const session of this.all()) if (session.sessions !== own) asWorkstation(session.workstationName, () => session.sessions.lock(reason));
  }

  private end(session: WorkstationSession, reason: string) {
    this.byToken.delete(session.token);
    try {
      asWorkstation(session.workstationName, () => session.sessions.shutdown(reason));
    } catch (error) {
      this.logError('shutdown', reason, error);
    }
  }
}
