import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import { channelKey } from './cacheKeys';
import { call } from './client';

type ChannelQueryOptions<C extends Channel> = Omit<UseQueryOptions<ChannelOutput<C>, Error, ChannelOutput<C>, ReturnType<typeof channelKey<C>>>, 'queryKey' | 'queryFn'>;

/** The query of one channel with one input; options add what a screen needs (placeholders, polling, enabled). */
export function useChannelQuery<C extends Channel>(channel: C, input: ChannelInput<C>, options: ChannelQueryOptions<C> = {}) {
  return useQuery({ ...options, queryKey: channelKey(channel, input), queryFn: () => call(channel, input) });
}
