import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

/** When a row was written: a UTC instant, set by the database. */
export const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/**
 * How many times a record two people may have open was edited: an edit names the version it was made on, and one
 * made on an older version is refused (electron/services/record/editVersions.ts) instead of overwriting.
 */
export const rowVersion = () => integer('row_version').notNull().default(1);
