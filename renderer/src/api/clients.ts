import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Channel, ChannelInput } from '../../../electron/api/contract';
import { call } from './client';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

export function useCaseload(input: ChannelInput<'clients.caseload'>) {
  return useQuery({
    queryKey: queryKeys.clients.caseload(input),
    queryFn: () => call('clients.caseload', input),
    // The previous page stays on screen while the next one loads, so paging and typing do not flash.
    placeholderData: keepPreviousData,
  });
}

export function useClientProfile(clientId: number) {
  return useQuery({ queryKey: queryKeys.clients.profile(clientId), queryFn: () => call('clients.get', { clientId }) });
}

/** Fetched only when the client has a photo; every fetch is audited as a view. */
export function useClientPhoto(clientId: number, hasPhoto: boolean) {
  return useQuery({ queryKey: queryKeys.clients.photo(clientId), queryFn: () => call('clients.photo', { clientId }), enabled: hasPhoto });
}

/** Reads the profile through the cache, so opening a record checks access before leaving the page that asked. */
export function fetchClientProfile(clientId: number) {
  return queryClient.fetchQuery({ queryKey: queryKeys.clients.profile(clientId), queryFn: () => call('clients.get', { clientId }) });
}

export function useFindDuplicates() {
  return useMutation({ mutationFn: (input: ChannelInput<'clients.findDuplicates'>) => call('clients.findDuplicates', input) });
}

/** The channels that change a client's record (intake creates one). */
export type ClientChange =
  | Exclude<Extract<Channel, `clients.${string}`>, 'clients.caseload' | 'clients.get' | 'clients.photo' | 'clients.findDuplicates'>
  | 'assessments.reassess';

export function useClientChange<C extends ClientChange>(channel: C) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: () => {
      // A change can move a client in or out of any caseload page, and intake deletes the draft it came from.
      void queryClient.invalidateQueries({ queryKey: queryKeys.clients.all });
      if (channel === 'clients.intake') void queryClient.invalidateQueries({ queryKey: queryKeys.intakeDrafts.all });
    },
  });
}
