import { useMutation, useQuery } from '@tanstack/react-query';
import { call } from './client';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

/** Under the users key, so a deactivation (which rotates the key) refreshes it too. */
const SECURITY_KEY = [...queryKeys.users.all, 'security'] as const;

export function useSecurityStatus() {
  return useQuery({ queryKey: SECURITY_KEY, queryFn: () => call('security.status', {}) });
}

export function useRotateKey() {
  return useMutation({
    mutationFn: () => call('security.rotateKey', {}),
    onSuccess: (status) => queryClient.setQueryData(SECURITY_KEY, status),
  });
}
