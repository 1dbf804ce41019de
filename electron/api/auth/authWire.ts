import { z } from 'zod';
import { ROLES } from '../users/roles';

/** Where the app stands: not set up, signed out, locked, signed in, or the data cannot be opened. */
export const AUTH_STATES = ['setup-required', 'logged-out', 'locked', 'active', 'unavailable'] as const;
export type AuthState = (typeof AUTH_STATES)[number];

/** The signed-in (or locked) user: who acts, and whether they must change a temporary password first. */
export const sessionUserWire = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  mustChangePassword: z.boolean(),
  /** When this user last signed in before the current session, shown on the home page. */
  previousLoginAt: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserWire>;

export const authStatusWire = z.object({
  state: z.enum(AUTH_STATES),
  user: sessionUserWire.nullable(),
  idleLockSeconds: z.number(),
  officeName: z.string().nullable(),
  /** Why the data cannot be opened, for state 'unavailable' (a missing or damaged vault, say); for 'locked', why an office workstation must sign in again (its host restarted). */
  problem: z.string().nullable(),
});
export type AuthStatus = z.infer<typeof authStatusWire>;

/** Setting up the office answers the recovery key, shown once, and the new session. */
export const setupResultWire = z.object({ recoveryKey: z.string(), status: authStatusWire });
export type SetupResult = z.infer<typeof setupResultWire>;
