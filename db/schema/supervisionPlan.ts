import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clientRef } from './clients';
import { userRef, users } from './users';
import { type ActionStep } from '../../electron/api/supervisionPlan/supervisionPlanSchemas';
import { GOAL_STATUSES } from '../../electron/api/supervisionPlan/supervisionPlanCodes';
import { createdAt, rowVersion } from './columns';

/** Goals of the supervision plan; never deleted (discontinued instead), and every change is kept in plan_goal_history. */
export const planGoals = sqliteTable(
  'plan_goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    needArea: text('need_area').notNull(),
    goal: text('goal').notNull(),
    actionSteps: text('action_steps', { mode: 'json' }).notNull().$type<ActionStep[]>(),
    targetDate: text('target_date'),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('open'),
    createdAt: createdAt(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    updatedAt: text('updated_at'),
    updatedBy: userRef('updated_by'),
    rowVersion: rowVersion(),
  },
  (t) => [index('plan_goals_client').on(t.clientId)],
);

/** The goal's own fields, as kept before and after each change. */
export type PlanGoalSnapshot = Pick<typeof planGoals.$inferSelect, 'needArea' | 'goal' | 'actionSteps' | 'targetDate' | 'status'>;

/** Append-only: one row per creation or change of a goal, so the plan's evolution can be shown to the court. */
export const planGoalHistory = sqliteTable(
  'plan_goal_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => planGoals.id),
    clientId: clientRef(),
    changedAt: text('changed_at').notNull(),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => users.id),
    /** Null when the goal was created. */
    before: text('before', { mode: 'json' }).$type<PlanGoalSnapshot>(),
    after: text('after', { mode: 'json' }).notNull().$type<PlanGoalSnapshot>(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('plan_goal_history_goal').on(t.goalId), index('plan_goal_history_client').on(t.clientId, t.changedAt)],
);

export type PlanGoalRow = typeof planGoals.$inferSelect;

export type PlanGoalHistoryRow = typeof planGoalHistory.$inferSelect;
