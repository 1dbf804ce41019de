import { keepPreviousData } from '@tanstack/react-query';
import type { Channel, ChannelInput } from '../../../electron/api/contract';
import { useChannelMutation } from './channelMutation';
import { channelKey } from './cacheKeys';
import { useChannelQuery } from './channelQuery';
import { call } from './client';
import { queryClient } from './queryClient';

// The previous page stays on screen while the next one loads, so paging and typing do not flash.
export const useCaseload = (input: ChannelInput<'clients.caseload'>) => useChannelQuery('clients.caseload', input, { placeholderData: keepPreviousData });

export const useClientProfile = (clientId: number) => useChannelQuery('clients.get', { clientId });

/** Fetched only when the client has a photo; every fetch is audited as a view. */
export const useClientPhoto = (clientId: number, hasPhoto: boolean) => useChannelQuery('clients.photo', { clientId }, { enabled: hasPhoto });

/** Reads the profile through the cache, so opening a record checks access before leaving the page that asked. */
export function fetchClientProfile(clientId: number) {
  return queryClient.fetchQuery({ queryKey: channelKey('clients.get', { clientId }), queryFn: () => call('clients.get', { clientId }) });
}

export const useFindDuplicates = () => useChannelMutation('clients.findDuplicates', []);

/** The channels that change a client's record (intake creates one). */
export type ClientChange = Exclude<Extract<Channel, `clients.${string}`>, 'clients.caseload' | 'clients.get' | 'clients.photo' | 'clients.findDuplicates'> | 'assessments.reassess';

/** A change can move a client in or out of any caseload page, and intake deletes the draft it came from. */
export const useClientChange = <C extends ClientChange>(channel: C) => useChannelMutation(channel, ['clients', 'intakeDrafts']);
