import type { Channel } from '../../api/contract';
import { addGoal, getPlan, updateGoal } from '../../services/supervisionPlan/planGoals';
import type { HandlerGroup } from './types';

export const supervisionPlanHandlers: HandlerGroup<Extract<Channel, `plan.${string}`>> = {
  'plan.get': ({ sessions }, input) => getPlan(sessions.requireActive().ctx, input.clientId),
  'plan.addGoal': ({ sessions }, input) => addGoal(sessions.requireActive().ctx, input),
  'plan.updateGoal': ({ sessions }, input) => updateGoal(sessions.requireActive().ctx, input),
};
