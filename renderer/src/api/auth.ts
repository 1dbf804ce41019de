import { useMutation, useQuery } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import type { AuthStatus } from '../../../electron/api/auth/authWire';
import { call } from './client';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

/** How often an active session re-reads its status, so a lock made by the host's idle timer shows promptly. */
const ACTIVE_STATUS_POLL_MS = 15_000;

export function useAuthStatus() {
  return useQuery({
    queryKey: queryKeys.auth.status,
    queryFn: () => call('auth.status', {}),
    refetchInterval: (query) => (query.state.data?.state === 'active' ? ACTIVE_STATUS_POLL_MS : false),
  });
}

export function applyAuthStatus(status: AuthStatus) {
  queryClient.setQueryData(queryKeys.auth.status, status);
  // Nothing read in a session outlives it: locking or signing out drops every cached answer but the status.
  if (status.state !== 'active') queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
}

/** The auth channels that answer with the new session status. */
type StatusChannel = { [C in Channel]: C extends `auth.${string}` ? (ChannelOutput<C> extends AuthStatus ? C : never) : never }[Channel];

export function useAuthAction<C extends StatusChannel>(channel: C) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input) as Promise<AuthStatus>,
    onSuccess: applyAuthStatus,
  });
}

/** Set-up answers with the recovery key; the wizard applies the status only after the key has been saved. */
export function useSetupOffice() {
  return useMutation({ mutationFn: (input: ChannelInput<'auth.setup'>) => call('auth.setup', input) });
}
