import { ALL, channel, returns } from '../channel';
import { type PlanGoalRow } from '../../../db/schema';
import { type PlanGoalWithHistory } from '../../services/supervisionPlan/planGoals';
import { addGoalInputSchema, updateGoalInputSchema } from './supervisionPlanSchemas';
import { clientIdInputSchema } from '../clients/clientsSchemas';

export const supervisionPlanChannels = {
  'plan.get': channel(clientIdInputSchema, ALL, returns<PlanGoalWithHistory[]>()),
  'plan.addGoal': channel(addGoalInputSchema, ALL, returns<PlanGoalRow>()),
  'plan.updateGoal': channel(updateGoalInputSchema, ALL, returns<PlanGoalRow>()),
};
