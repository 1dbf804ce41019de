import { z } from 'zod';
import { GOAL_STATUSES } from './supervisionPlanCodes';
import type { ActionStep } from './supervisionPlanSchemas';

/** A goal of the supervision plan; never deleted (discontinued instead). */
export const planGoalWire = z.object({
  id: z.number(),
  clientId: z.number(),
  needArea: z.string(),
  goal: z.string(),
  actionSteps: z.custom<ActionStep[]>(),
  targetDate: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  createdAt: z.string(),
  createdBy: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.number().nullable(),
  /** Sent back with an edit, so one made on an older version is refused instead of overwriting a change. */
  rowVersion: z.number(),
});
export type PlanGoal = z.infer<typeof planGoalWire>;

/** The goal's own fields, as kept before and after each change (a JSON column). */
export type PlanGoalSnapshot = Pick<PlanGoal, 'needArea' | 'goal' | 'actionSteps' | 'targetDate' | 'status'>;

/** One creation or change of a goal, so the plan's evolution can be shown to the court. */
export const planGoalChangeWire = z.object({
  id: z.number(),
  goalId: z.number(),
  clientId: z.number(),
  changedAt: z.string(),
  changedBy: z.number(),
  /** Null when the goal was created. */
  before: z.custom<PlanGoalSnapshot>().nullable(),
  after: z.custom<PlanGoalSnapshot>(),
  note: z.string(),
});
export type PlanGoalChange = z.infer<typeof planGoalChangeWire>;

/** A goal with its history, oldest first. */
export const planGoalWithHistoryWire = planGoalWire.extend({ history: z.array(planGoalChangeWire) });
export type PlanGoalWithHistory = z.infer<typeof planGoalWithHistoryWire>;
