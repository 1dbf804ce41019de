import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clientRef } from './clients';
import { users } from './users';
import { ASSESSMENT_KINDS, type ScoredAnswer } from '../../electron/api/assessments/assessmentsCodes';
import { SUPERVISION_LEVELS } from '../../electron/api/clients/clientsCodes';
import { createdAt } from './columns';

/** Every screening ever done; the latest sets the client's supervision level. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    kind: text('kind', { enum: ASSESSMENT_KINDS }).notNull(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    instrumentName: text('instrument_name').notNull(),
    assessedOn: text('assessed_on').notNull(),
    answers: text('answers', { mode: 'json' }).notNull().$type<ScoredAnswer[]>(),
    score: integer('score').notNull(),
    riskLevel: text('risk_level', { enum: SUPERVISION_LEVELS }).notNull(),
    needAreas: text('need_areas', { mode: 'json' }).notNull().$type<string[]>(),
    /** The supervision level the risk level proposes (today the same scale, one to one). */
    proposedLevel: text('proposed_level', { enum: SUPERVISION_LEVELS }).notNull(),
    chosenLevel: text('chosen_level', { enum: SUPERVISION_LEVELS }).notNull(),
    overrideReason: text('override_reason'),
    assessorId: integer('assessor_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  // The chosen level rides along: contact standings read every in-scope client's level history from the index alone.
  (t) => [index('assessments_client').on(t.clientId, t.assessedOn, t.chosenLevel)],
);

export type AssessmentRow = typeof assessments.$inferSelect;
