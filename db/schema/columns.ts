import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** When a row was written: a UTC instant, set by the database. */
export const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
