import type { z } from 'zod';
import type { ChannelOutput } from '../../../../electron/api/contract';
import type { goalSchema } from '../../../../electron/api/supervisionPlan/supervisionPlanSchemas';

export type PlanGoal = ChannelOutput<'plan.get'>[number];
export type GoalChange = PlanGoal['history'][number];
export type GoalSnapshot = GoalChange['after'];

/** A goal as its form holds it: the schema's own shape, every default filled in. */
export type GoalForm = z.output<typeof goalSchema>;
