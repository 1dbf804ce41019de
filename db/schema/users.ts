import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../electron/api/users/roles';
import { createdAt } from './columns';

export const recordedBy = () =>
  integer('recorded_by')
    .notNull()
    .references(() => users.id);

/** A column naming a user (who wrote, signed, reviewed…). */
export const userRef = (name: string) => integer(name).references(() => users.id);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    title: text('title').notNull().default(''),
    role: text('role', { enum: ROLES }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    lastLoginAt: text('last_login_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
    /** The supervisor (or administrator) whose team this user is on; a supervisor's team is everyone pointing at them. */
    supervisorId: integer('supervisor_id').references((): AnySQLiteColumn => users.id),
  },
  (t) => [uniqueIndex('users_username_unique').on(t.username), index('users_full_name').on(t.fullName)],
);

export type UserRow = typeof users.$inferSelect;
