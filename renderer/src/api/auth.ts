import { useMutation } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import { call } from './client';
import { queryClient } from './queryClient';
import { channelKey } from './cacheKeys';
import { useChannelQuery } from './channelQuery';

type AuthStatus = ChannelOutput<'auth.status'>;

/** How often an active session re-reads its status, so a lock made by the host's idle timer shows promptly. */
const ACTIVE_STATUS_POLL_MS = 15_000;

export const authStatusKey = channelKey('auth.status', {});

export function useAuthStatus() {
  // 'always': the query client is held offline while locked (KeptUnderLock), but the status must still be asked.
  return useChannelQuery('auth.status', {}, { networkMode: 'always', refetchInterval: (query) => (query.state.data?.state === 'active' ? ACTIVE_STATUS_POLL_MS : false) });
}

export function applyAuthStatus(status: AuthStatus) {
  queryClient.setQueryData(authStatusKey, status);
  // Nothing read in a session outlives it: signing out drops every cached answer but the status. A lock keeps
  // them, as it keeps the page (hidden) they fill.
  if (status.state !== 'active' && status.state !== 'locked') queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
}

/** The auth channels that answer with the new session status. */
type StatusChannel = { [C in Channel]: C extends `auth.${string}` ? (ChannelOutput<C> extends AuthStatus ? C : never) : never }[Channel];

export function useAuthAction<C extends StatusChannel>(channel: C) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input) as Promise<AuthStatus>,
    networkMode: 'always',
    onSuccess: applyAuthStatus,
  });
}

/** Set-up answers with the recovery key; the wizard applies the status only after the key has been saved. */
export function useSetupOffice() {
  return useMutation({ mutationFn: (input: ChannelInput<'auth.setup'>) => call('auth.setup', input) });
}
