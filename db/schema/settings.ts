import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Office-wide configuration, one JSON document per key; each key has a zod schema in services/settings. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});
