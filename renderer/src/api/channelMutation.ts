import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { writtenDomains } from '../../../electron/api/channelEffects';
import type { Channel, ChannelInput, ChannelOutput, Domain } from '../../../electron/api/contract';
import { call } from './client';
import { queryClient } from './queryClient';
import { domainKey } from './cacheKeys';

export type ChannelMutation<C extends Channel> = UseMutationResult<ChannelOutput<C>, Error, ChannelInput<C>>;

/**
 * A call through one channel that, once answered, refreshes the domains whose answers it made stale: by default those
 * the contract says it writes (electron/api/channelEffects.ts); a change that reaches further names them all (a
 * signed note changes the timeline and the contact standing too), a call that changes nothing (an export, a
 * duplicate search) names none. `onSaved` runs after, for a download.
 */
export function useChannelMutation<C extends Channel>(
  channel: C,
  refreshes: readonly Domain[] = writtenDomains(channel),
  onSaved?: (output: ChannelOutput<C>) => void,
): ChannelMutation<C> {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: (output) => {
      for (const domain of refreshes) void queryClient.invalidateQueries({ queryKey: domainKey(domain) });
      onSaved?.(output);
    },
  });
}
