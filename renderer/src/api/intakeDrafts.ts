import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import { call } from './client';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

export function useIntakeDrafts() {
  return useQuery({ queryKey: queryKeys.intakeDrafts.list, queryFn: () => call('intakeDrafts.list', {}) });
}

export function useIntakeDraft(id: number | null) {
  return useQuery({
    queryKey: queryKeys.intakeDrafts.draft(id ?? 0),
    queryFn: () => call('intakeDrafts.get', { id: id ?? 0 }),
    enabled: id !== null,
    // Read once when resumed and dropped when the page closes: a refetch must never replace what the officer has
    // typed since, and the next resume must read what was saved last.
    staleTime: Infinity,
    gcTime: 0,
  });
}

const refreshDrafts = () => queryClient.invalidateQueries({ queryKey: queryKeys.intakeDrafts.list });

export function useSaveIntakeDraft() {
  return useMutation({ mutationFn: (input: ChannelInput<'intakeDrafts.save'>) => call('intakeDrafts.save', input), onSuccess: refreshDrafts });
}

export function useDeleteIntakeDraft() {
  return useMutation({
    mutationFn: (id: number) => call('intakeDrafts.delete', { id }),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.intakeDrafts.draft(id) });
      void refreshDrafts();
    },
  });
}
