import { useMutation, useQuery } from '@tanstack/react-query';
import type { Channel, ChannelInput } from '../../../electron/api/contract';
import { call } from './client';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

export function useUsers() {
  return useQuery({ queryKey: queryKeys.users.list, queryFn: () => call('users.list', {}) });
}

type UserChange = Exclude<Extract<Channel, `users.${string}`>, 'users.list'>;

export function useUserChange<C extends UserChange>(channel: C) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
      // An administrator may have edited their own name or role.
      void queryClient.invalidateQueries({ queryKey: queryKeys.auth.status });
    },
  });
}

/** Colleagues' names and roles, for choosing an officer and for showing who did something; every role may read it. */
export function useDirectory() {
  return useQuery({ queryKey: queryKeys.users.directory, queryFn: () => call('users.directory', {}) });
}
