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
  /** The wire schema the dispatcher passes the answer through: anything it does not declare is dropped. */
  outputSchema?: z.ZodType;
}

/** An output declared by type alone: a read model the service already builds field by field. */
export const returns = <O>() => undefined as O | undefined;

type OutputOf<X> = X extends z.ZodType ? z.output<X> : Exclude<X, undefined>;

/**
 * Declares a channel: its input schema, who may call it, and its output, either a wire schema (a zod object the
 * answer is narrowed to, so a column added to a table never crosses by accident) or `returns<Type>()`.
 */
export const channel = <I extends z.ZodType, const A extends Access, X>(input: I, access: A, output: X): ChannelDef<I, OutputOf<X>, A> =>
  output instanceof z.ZodType ? { input, access, outputSchema: output } : { input, access };

export const noInput = z.object({}).strict();
export const ALL: readonly Role[] = ['officer', 'supervisor', 'admin'];
export const ADMIN: readonly Role[] = ['admin'];
/**
 * Transfers, reopening closed cases, reviewing notes and keeping the agency directory; supervisors and
 * administrators also see every client (services/record/caseloadAccess.ts).
 */
export const SUPERVISOR: readonly Role[] = ['supervisor', 'admin'];
