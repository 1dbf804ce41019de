import type { AppDb, DbExecutor } from '../../db/open';
import type { Actor, OfficeClock, ServiceContext } from './context';
import { dateInZone, officeTimeZone, utcToZoned } from './schedule/officeTime';

/**
 * The office's clock: the instant from `now` (fixed in tests), read in the office's time zone (its schedule setting).
 */
export function officeClock(db: DbExecutor, now: () => Date = () => new Date()): OfficeClock {
  const timeZone = () => officeTimeZone(db);
  return {
    now,
    timeZone,
    today: () => dateInZone(now(), timeZone()),
    localDateTime: () => utcToZoned(now(), timeZone()),
    dateOf: (instant) => dateInZone(instant, timeZone()),
  };
}

/** Where a context is built (the session, the seeders, the command line): its clock is built once, here. */
export const serviceContext = (db: AppDb, actor: Actor, now?: () => Date): ServiceContext => ({ db, actor, clock: officeClock(db, now) });
