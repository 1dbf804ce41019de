import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from './client';
import { queryKeys } from './queryKeys';

/** The spotlight's results for what was typed; nothing is asked for until there is something to find. */
export function useSearch(text: string) {
  const input = { text, limit: 8 };
  return useQuery({
    queryKey: queryKeys.search.query(input),
    queryFn: () => call('search.query', input),
    enabled: text.trim() !== '',
    placeholderData: keepPreviousData,
  });
}
