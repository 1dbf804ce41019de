import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clientRef } from './clients';
import { userRef, users } from './users';
import { caseNotes } from './caseNotes';
import { drugTests } from './drugTests';
import { conditionRef } from './courtOrders';
import { RESPONSE_TYPES, VIOLATION_STATUSES } from '../../electron/api/violations/violationsCodes';
import { createdAt } from './columns';

export const violations = sqliteTable(
  'violations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    conditionId: conditionRef(),
    violationDate: text('violation_date').notNull(),
    description: text('description').notNull(),
    /** One of the office's severities (settings key `enforcement`), as named when recorded. */
    severity: text('severity').notNull(),
    status: text('status', { enum: VIOLATION_STATUSES }).notNull().default('open'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
    updatedBy: userRef('updated_by'),
  },
  // With the status, violations referred to court are counted from the index (the opportunities criterion).
  (t) => [index('violations_client_date').on(t.clientId, t.violationDate, t.status)],
);

/** The notes that document a violation. */
export const violationNotes = sqliteTable(
  'violation_notes',
  {
    violationId: integer('violation_id')
      .notNull()
      .references(() => violations.id),
    noteId: integer('note_id')
      .notNull()
      .references(() => caseNotes.id),
  },
  (t) => [primaryKey({ columns: [t.violationId, t.noteId] }), index('violation_notes_note').on(t.noteId)],
);

/** The drug tests that evidence a violation. */
export const violationDrugTests = sqliteTable(
  'violation_drug_tests',
  {
    violationId: integer('violation_id')
      .notNull()
      .references(() => violations.id),
    drugTestId: integer('drug_test_id')
      .notNull()
      .references(() => drugTests.id),
  },
  (t) => [primaryKey({ columns: [t.violationId, t.drugTestId] }), index('violation_drug_tests_test').on(t.drugTestId)],
);

/** Append-only: what the officer did about a violation. */
export const violationResponses = sqliteTable(
  'violation_responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    violationId: integer('violation_id')
      .notNull()
      .references(() => violations.id),
    clientId: clientRef(),
    responseDate: text('response_date').notNull(),
    responseType: text('response_type', { enum: RESPONSE_TYPES }).notNull(),
    /** For a graduated sanction: one of the office's sanctions (settings key `enforcement`), as named when recorded. */
    sanction: text('sanction'),
    details: text('details').notNull().default(''),
    respondedBy: integer('responded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('violation_responses_violation').on(t.violationId), index('violation_responses_client_date').on(t.clientId, t.responseDate)],
);

export type ViolationRow = typeof violations.$inferSelect;

export type ViolationResponseRow = typeof violationResponses.$inferSelect;
