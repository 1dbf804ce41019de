import { createContext, useContext, type ReactNode } from 'react';
import type { SessionUser } from '../../../electron/api/auth/authWire';

/** The signed-in session the app shell runs under. */
export interface ActiveSession {
  user: SessionUser;
  officeName: string;
  idleLockSeconds: number;
  /** The lock screen is over the app, which stays mounted (hidden) so its forms keep what was typed. */
  locked: boolean;
  /** Gives the sign-in screen the reason a session ended from inside the app (a restore), before the status changes. */
  onSessionEnded: (notice: string) => void;
}

const ActiveSessionContext = createContext<ActiveSession | null>(null);

export function ActiveSessionProvider({ session, children }: { session: ActiveSession; children: ReactNode }) {
  return <ActiveSessionContext.Provider value={session}>{children}</ActiveSessionContext.Provider>;
}

export function useActiveSession(): ActiveSession {
  const session = useContext(ActiveSessionContext);
  if (!session) throw new Error('useActiveSession is only available inside the signed-in app.');
  return session;
}
