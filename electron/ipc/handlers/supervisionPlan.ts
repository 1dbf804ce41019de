import type { Channel } from '../../api/contract';
import { addGoal, getPlan, updateGoal } from '../../services/supervisionPlan/planGoals';
import type { HandlerGroup } from './types';

export const supervisionPlanHandlers: HandlerGroup<Extract<Channel, `plan.${string}`>> = {
  'plan.get': ({ ctx }, input) => getPlan(ctx, input.clientId),
  'plan.addGoal': ({ ctx }, input) => addGoal(ctx, input),
  'plan.updateGoal': ({ ctx }, input) => updateGoal(ctx, input),
};
