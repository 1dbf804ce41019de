import { useMutation, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import { call } from './client';
import { queryClient } from './queryClient';

export type ChannelMutation<C extends Channel> = UseMutationResult<ChannelOutput<C>, Error, ChannelInput<C>>;

/** A change through one channel that, once saved, refreshes the queries its answer makes stale. */
export function useChannelMutation<C extends Channel>(channel: C, staleKeys: (output: ChannelOutput<C>) => readonly QueryKey[]): ChannelMutation<C> {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: (output) => {
      for (const queryKey of staleKeys(output)) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
