import type { AppDb } from '../../db/open';
import type { Role } from '../api/users/roles';

export interface Actor {
  id: number;
  username: string;
  fullName: string;
  role: Role;
}

/**
 * The office's clock: one source of the current instant (fixed in tests) read in the office's time zone (the
 * schedule setting), whatever zone the workstation is in. Record stamps stay UTC instants (`now()`); what the
 * app records or compares as a date or a wall time ("today", a late entry, the year of a case number) is the
 * office's.
 */
// Properties, not methods: a clock's functions are handed around on their own (ctx.clock.now as a `now`).
export interface OfficeClock {
  /** The current instant. */
  now: () => Date;
  /** The office's IANA time zone, read from its settings each time (an administrator may change it). */
  timeZone: () => string;
  /** Today's date on the office clock, 'YYYY-MM-DD'. */
  today: () => string;
  /** The office's wall-clock time now, 'YYYY-MM-DDTHH:mm' (as contacts and collections are recorded). */
  localDateTime: () => string;
  /** The office's calendar date at an instant, 'YYYY-MM-DD'. */
  dateOf: (instant: Date | string) => string;
}

/** What every service call gets: the open database, who is acting, and the office clock. */
export interface ServiceContext {
  db: AppDb;
  actor: Actor;
  clock: OfficeClock;
}
