import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Append-only and hash-chained: each row's hash covers the previous row's hash and its own content. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    ts: text('ts').notNull(),
    userId: integer('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    outcome: text('outcome', { enum: ['success', 'failure'] }).notNull(),
    detail: text('detail').notNull().default(''),
    /** The enrolled workstation's name on an office host, this computer's name standalone; null on rows written before it was recorded. */
    workstation: text('workstation'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_ts').on(t.ts), index('audit_log_user').on(t.userId), index('audit_log_action').on(t.action)],
);

/** The chain's head, updated with every audit row, so that cutting rows off the end is detected too. */
export const auditHead = sqliteTable('audit_head', {
  id: integer('id').primaryKey(),
  lastId: integer('last_id').notNull(),
  lastHash: text('last_hash').notNull(),
});

export type AuditRow = typeof auditLog.$inferSelect;
