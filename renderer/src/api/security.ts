import { useMutation } from '@tanstack/react-query';
import { channelKey } from './cacheKeys';
import { useChannelQuery } from './channelQuery';
import { call } from './client';
import { queryClient } from './queryClient';

export const useSecurityStatus = () => useChannelQuery('security.status', {});

export function useRotateKey() {
  return useMutation({
    mutationFn: () => call('security.rotateKey', {}),
    onSuccess: (status) => queryClient.setQueryData(channelKey('security.status', {}), status),
  });
}
