import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import { channelKey } from './cacheKeys';
import { useChannelQuery } from './channelQuery';
import { call } from './client';
import { queryClient } from './queryClient';

export const useIntakeDrafts = () => useChannelQuery('intakeDrafts.list', {});

export function useIntakeDraft(id: number | null) {
  return useChannelQuery(
    'intakeDrafts.get',
    { id: id ?? 0 },
    {
      enabled: id !== null,
      // Read once when resumed and dropped when the page closes: a refetch must never replace what the officer has
      // typed since, and the next resume must read what was saved last.
      staleTime: Infinity,
      gcTime: 0,
    },
  );
}

const refreshDrafts = () => queryClient.invalidateQueries({ queryKey: channelKey('intakeDrafts.list', {}) });

export const useSaveIntakeDraft = () => useMutation({ mutationFn: (input: ChannelInput<'intakeDrafts.save'>) => call('intakeDrafts.save', input), onSuccess: refreshDrafts });

export function useDeleteIntakeDraft() {
  return useMutation({
    mutationFn: (id: number) => call('intakeDrafts.delete', { id }),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: channelKey('intakeDrafts.get', { id }) });
      void refreshDrafts();
    },
  });
}
