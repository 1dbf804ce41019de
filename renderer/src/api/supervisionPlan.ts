import { useQuery } from '@tanstack/react-query';
import { useChannelMutation } from './channelMutation';
import { call } from './client';
import { queryKeys } from './queryKeys';

export function usePlan(clientId: number) {
  return useQuery({ queryKey: queryKeys.plan.client(clientId), queryFn: () => call('plan.get', { clientId }) });
}

const planOf = (goal: { clientId: number }) => [queryKeys.plan.client(goal.clientId), queryKeys.timeline.client(goal.clientId)];

export const useAddGoal = () => useChannelMutation('plan.addGoal', planOf);
export const useUpdateGoal = () => useChannelMutation('plan.updateGoal', planOf);
