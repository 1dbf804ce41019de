import { eq, sql, type AnyColumn } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { users } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { formatDateTime } from '../../api/format/dateFormats';
import type { ServiceContext } from '../context';
import { utcToZoned } from '../schedule/officeTime';

/** A record two people may have open at once: how many times it was edited, and the last edit's stamp. */
export interface VersionedRecord {
  rowVersion: number;
  updatedAt: string | null;
  updatedBy: number | null;
}

/**
 * Refuses an edit made on an older version of the record than the stored one, naming who changed it and when (on
 * the office clock), so the officer reloads instead of overwriting that change. No version given: nothing to compare.
 */
export function requireVersion(tx: DbExecutor, ctx: ServiceContext, record: VersionedRecord, edited: number | undefined, what: string) {
  if (edited === undefined || edited === record.rowVersion) return;
  const by = record.updatedBy === null ? undefined : tx.select({ fullName: users.fullName }).from(users).where(eq(users.id, record.updatedBy)).get();
  const at = record.updatedAt ? formatDateTime(utcToZoned(record.updatedAt, ctx.clock.timeZone())) : 'an earlier time';
  throw new AppError('CONFLICT', `${what} was changed by ${by?.fullName ?? 'someone else'} at ${at} — reload to see the changes.`);
}

/** The next version, in the update that makes the edit. */
export const nextVersion = (column: AnyColumn) => sql`${column} + 1`;
