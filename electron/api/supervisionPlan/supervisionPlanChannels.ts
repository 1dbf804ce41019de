import { z } from 'zod';
import { ALL, channel } from '../channel';
import { addGoalInputSchema, updateGoalInputSchema } from './supervisionPlanSchemas';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import { planGoalWire, planGoalWithHistoryWire } from './supervisionPlanWire';

export const supervisionPlanChannels = {
  'plan.get': channel(clientIdInputSchema, ALL, z.array(planGoalWithHistoryWire)),
  'plan.addGoal': channel(addGoalInputSchema, ALL, planGoalWire),
  'plan.updateGoal': channel(updateGoalInputSchema, ALL, planGoalWire),
};
