import { authStatusWire, type AuthStatus } from '../api/auth/authWire';
import type { ApiResult } from '../api/errors';
import type { Dispatch } from '../ipc/dispatch';

export const HOST_RESTARTED = 'The office host restarted. Enter your password to continue.';

function lockedAs(signedIn: AuthStatus): ApiResult<AuthStatus> {
  return { ok: true, value: { ...signedIn, state: 'locked', problem: HOST_RESTARTED } };
}

/**
 * A workstation whose host forgot its session (the host restarted, or was sealed) shows the lock screen for the
 * officer who was signed in instead of the sign-in screen, so the page and what was typed stay: the renderer
 * sees `locked`, and its unlock becomes `auth.login` as that user, the password still checked by the host.
 */
export class SessionRecovery {
  /** The last answer that named a signed-in (or locked) user. */
  private signedIn: AuthStatus | null = null;
  private lost = false;

  /** The connection opened a new host session, which is signed out: whoever was signed in must sign in again. */
  sessionReplaced() {
    if (this.signedIn) this.lost = true;
  }

  wrap(dispatch: Dispatch): Dispatch {
    return async (channel, input) => {
      const signedIn = this.lost ? this.signedIn : null;
      const answer = signedIn ? await this.whileLost(dispatch, channel, input, signedIn) : await dispatch(channel, input);
      // A sealed host refuses before it looks at the session, so its SESSION_REQUIRED says the session is gone too.
      if (!answer.ok && answer.error.code === 'SESSION_REQUIRED') this.sessionReplaced();
      // The host may have forgotten the session during this very call, which it then answered signed out.
      const lostNow = !signedIn && this.lost && this.signedIn ? this.asLocked(answer, this.signedIn) : answer;
      this.remember(channel, lostNow);
      return lostNow;
    };
  }

  private async whileLost(dispatch: Dispatch, channel: unknown, input: unknown, signedIn: AuthStatus): Promise<ApiResult<unknown>> {
    switch (channel) {
      case 'auth.lock':
        return lockedAs(signedIn);
      case 'auth.unlock': {
        const password = (input as { password?: unknown } | null)?.password;
        const answer = await dispatch('auth.login', { username: signedIn.user!.username, password });
        if (answer.ok || answer.error.code === 'ACCOUNT_LOCKED') this.forget();
        return answer;
      }
      case 'auth.login':
      case 'auth.logout':
      case 'auth.recover':
        this.forget();
        return dispatch(channel, input);
      default:
        return this.asLocked(await dispatch(channel, input), signedIn);
    }
  }

  /** A signed-out answer as the lock screen's: the status says locked, and a refused call SESSION_LOCKED, on which the renderer re-reads the status. */
  private asLocked(answer: ApiResult<unknown>, signedIn: AuthStatus): ApiResult<unknown> {
    if (answer.ok) return (answer.value as Partial<AuthStatus> | null)?.state === 'logged-out' ? lockedAs(signedIn) : answer;
    return answer.error.code === 'SESSION_REQUIRED' ? { ok: false, error: { code: 'SESSION_LOCKED', message: HOST_RESTARTED } } : answer;
  }

  private forget() {
    this.signedIn = null;
    this.lost = false;
  }

  private remember(channel: unknown, answer: ApiResult<unknown>) {
    if (this.lost || typeof channel !== 'string' || !channel.startsWith('auth.') || !answer.ok) return;
    const status = authStatusWire.safeParse(answer.value);
    if (!status.success) return;
    this.signedIn = status.data.user && (status.data.state === 'active' || status.data.state === 'locked') ? status.data : null;
  }
}
