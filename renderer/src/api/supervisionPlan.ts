import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export const usePlan = (clientId: number) => useChannelQuery('plan.get', { clientId });

export const useAddGoal = () => useChannelMutation('plan.addGoal', ['supervisionPlan', 'timeline']);
export const useUpdateGoal = () => useChannelMutation('plan.updateGoal', ['supervisionPlan', 'timeline']);
