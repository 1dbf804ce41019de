import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { createdAt } from './columns';

/** An intake in progress, as the form holds it; only its owner sees it. */
export const intakeDrafts = sqliteTable(
  'intake_drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => users.id),
    label: text('label').notNull(),
    data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('intake_drafts_owner').on(t.ownerId)],
);

export type IntakeDraftRow = typeof intakeDrafts.$inferSelect;
