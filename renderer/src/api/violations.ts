import { useQuery } from '@tanstack/react-query';
import type { Channel, ChannelOutput } from '../../../electron/api/contract';
import { call } from './client';
import { queryKeys } from './queryKeys';
import { useChannelMutation } from './channelMutation';

export function useViolations(clientId: number) {
  return useQuery({ queryKey: queryKeys.violations.list(clientId), queryFn: () => call('violations.list', { clientId }) });
}

export type ViolationChange = Exclude<Extract<Channel, `violations.${string}`>, 'violations.list'>;

export function useViolationChange<C extends ViolationChange>(channel: C) {
  return useChannelMutation(channel, ({ clientId }) => [queryKeys.violations.all, queryKeys.timeline.client(clientId)]);
}

export type ViolationWithResponses = ChannelOutput<'violations.list'>[number];
