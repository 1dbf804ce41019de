import { z } from 'zod';
import type { Role } from './users/roles';

/**
 * Who may call a channel:
 * - 'public': anyone, signed in or not (set-up, sign-in, status);
 * - 'locked': a session that is locked (unlock);
 * - 'session': any signed-in user, even one who must still change a temporary password;
 * - a list of roles: an active session with one of them.
 */
export type Access = 'public' | 'locked' | 'session' | readonly Role[];

export interface ChannelDef<I extends z.ZodType, O, A extends Access = Access> {
  input: I;
  access: A;
  /** Type-only marker for the output; never read at run time. */
  output?: O;
}

export const returns = <O>() => undefined as O | undefined;
export const channel = <I extends z.ZodType, O, const A extends Access>(input: I, access: A, output: O | undefined): ChannelDef<I, O, A> => ({ input, access, output });

export const noInput = z.object({}).strict();
export const ALL: readonly Role[] = ['officer', 'supervisor', 'admin'];
export const ADMIN: readonly Role[] = ['admin'];
/**
 * Transfers, reopening closed cases, reviewing notes and keeping the agency directory; supervisors and
 * administrators also see every client (services/record/caseloadAccess.ts).
 */
export const SUPERVISOR: readonly Role[] = ['supervisor', 'admin'];
