import { useQuery } from '@tanstack/react-query';
import { call } from './client';
import { queryKeys } from './queryKeys';
import { useChannelMutation } from './channelMutation';

export function useDrugTests(clientId: number) {
  return useQuery({ queryKey: queryKeys.drugTests.list(clientId), queryFn: () => call('drugTests.list', { clientId }) });
}

export function useDrugTestChange<C extends 'drugTests.create' | 'drugTests.recordLabResult'>(channel: C) {
  return useChannelMutation(channel, ({ test }) => [queryKeys.drugTests.all, queryKeys.timeline.client(test.clientId)]);
}
