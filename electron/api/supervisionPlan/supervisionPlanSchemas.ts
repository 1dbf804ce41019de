import { z } from 'zod';
import { GOAL_STATUSES } from './supervisionPlanCodes';
import { editedVersion, isoDate, optionalDate, optionalText, recordId, requiredText } from '../shared/fieldSchemas';

export const actionStepSchema = z.object({
  text: requiredText('the action step', 500),
  done: z.boolean().default(false),
});

export const goalSchema = z.object({
  /** Usually one of the need areas of the latest assessment (employment, housing…); free text so an office can add its own. */
  needArea: requiredText('the need area', 100),
  goal: requiredText('the goal', 2000),
  actionSteps: z.array(actionStepSchema).max(30, 'A goal can have at most 30 action steps.').default([]),
  targetDate: optionalDate(isoDate('the target date')),
  status: z.enum(GOAL_STATUSES, { error: 'Choose the status: open, in progress, achieved or discontinued.' }).default('open'),
});

/** Why the plan changed, kept in the goal's history for the court. */
const changeNote = optionalText('the note about this change', 1000);

export const addGoalInputSchema = z.object({ clientId: recordId('a client'), goal: goalSchema, note: changeNote });
export const updateGoalInputSchema = z.object({ goalId: recordId('a goal'), version: editedVersion, goal: goalSchema, note: changeNote });

export type ActionStep = z.infer<typeof actionStepSchema>;
