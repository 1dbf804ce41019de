import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clientRef } from './clients';
import { CONDITION_KINDS, CONDITION_STATUSES, CONDITION_TYPES, OFFENCE_CLASSES, PLEAS, SENTENCE_TYPES, TARGET_UNITS } from '../../electron/api/clients/clientsCodes';
import { createdAt } from './columns';

export const courtCases = sqliteTable(
  'court_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    docketNumber: text('docket_number').notNull(),
    court: text('court').notNull(),
    judge: text('judge').notNull().default(''),
    dispositionDate: text('disposition_date'),
    plea: text('plea', { enum: PLEAS }),
    sentenceType: text('sentence_type', { enum: SENTENCE_TYPES }),
    sentenceDetails: text('sentence_details').notNull().default(''),
    termStart: text('term_start'),
    termEnd: text('term_end'),
    createdAt: createdAt(),
  },
  // With the disposition date, pending cases are counted from the index (the opportunities criterion).
  (t) => [index('court_cases_client').on(t.clientId, t.dispositionDate)],
);

export const offences = sqliteTable(
  'offences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courtCaseId: integer('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    statute: text('statute').notNull().default(''),
    description: text('description').notNull(),
    offenceClass: text('offence_class', { enum: OFFENCE_CLASSES }).notNull(),
    offenceDate: text('offence_date'),
  },
  (t) => [index('offences_court_case').on(t.courtCaseId)],
);

export const conditions = sqliteTable(
  'conditions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    courtCaseId: integer('court_case_id').references(() => courtCases.id),
    kind: text('kind', { enum: CONDITION_KINDS }).notNull(),
    type: text('type', { enum: CONDITION_TYPES }).notNull(),
    text: text('text').notNull(),
    targetAmount: integer('target_amount'),
    targetUnit: text('target_unit', { enum: TARGET_UNITS }),
    status: text('status', { enum: CONDITION_STATUSES }).notNull().default('not_started'),
    statusChangedAt: text('status_changed_at'),
    createdAt: createdAt(),
  },
  // Covers the community-service figure and criterion: a client's conditions of one type, with target and status.
  (t) => [index('conditions_client').on(t.clientId, t.type, t.targetUnit, t.targetAmount, t.status)],
);

export type CourtCaseRow = typeof courtCases.$inferSelect;

export type OffenceRow = typeof offences.$inferSelect;

export type ConditionRow = typeof conditions.$inferSelect;

/** The condition a record counts toward. */
export const conditionRef = () => integer('condition_id').references(() => conditions.id);
