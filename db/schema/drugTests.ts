import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clientRef } from './clients';
import { users } from './users';
import { caseNotes } from './caseNotes';
import { DRUG_TEST_METHODS, LAB_RESULTS, PANEL_RESULTS } from '../../electron/api/drugTests/drugTestsCodes';
import { type PanelRow } from '../../electron/api/drugTests/drugTestsSchemas';
import { createdAt } from './columns';

export const drugTests = sqliteTable(
  'drug_tests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    noteId: integer('note_id').references(() => caseNotes.id),
    /** Local wall time, YYYY-MM-DDTHH:mm. */
    collectedAt: text('collected_at').notNull(),
    method: text('method', { enum: DRUG_TEST_METHODS }).notNull(),
    panel: text('panel', { mode: 'json' }).notNull().$type<PanelRow[]>(),
    admittedUse: integer('admitted_use', { mode: 'boolean' }).notNull().default(false),
    sentForLab: integer('sent_for_lab', { mode: 'boolean' }).notNull().default(false),
    labResult: text('lab_result', { enum: LAB_RESULTS }),
    labResultDate: text('lab_result_date'),
    /** Derived from the panel when saved: positive if any substance is, else refused if any is refused, and so on. */
    overallResult: text('overall_result', { enum: PANEL_RESULTS }).notNull(),
    notes: text('notes').notNull().default(''),
    collectedBy: integer('collected_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  // With the overall result, the results figure and the negative-tests criterion are read from the index alone.
  (t) => [index('drug_tests_client_collected').on(t.clientId, t.collectedAt, t.overallResult), index('drug_tests_note').on(t.noteId)],
);

export type DrugTestRow = typeof drugTests.$inferSelect;
