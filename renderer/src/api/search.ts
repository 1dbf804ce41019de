import { keepPreviousData } from '@tanstack/react-query';
import { useChannelQuery } from './channelQuery';

/** The spotlight's results for what was typed; nothing is asked for until there is something to find. */
export function useSearch(text: string) {
  return useChannelQuery('search.query', { text, limit: 8 }, { enabled: text.trim() !== '', placeholderData: keepPreviousData });
}
