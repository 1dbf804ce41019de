import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import type { TimelineCursor } from '../../../electron/api/timeline/timelineSchemas';
import { call } from './client';
import { channelKey } from './cacheKeys';

export type TimelineFilters = Omit<ChannelInput<'timeline.list'>, 'after' | 'limit'>;

/** Entries fetched at a time; the host's keyset paging costs the same for every page. */
const PAGE_SIZE = 100;

/** A client's timeline, newest first, one page after another as the officer scrolls. */
export function useTimeline(filters: TimelineFilters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: channelKey('timeline.list', filters),
    queryFn: ({ pageParam }) => call('timeline.list', { ...filters, after: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as TimelineCursor | null,
    getNextPageParam: (page) => page.nextCursor,
    // The list stays on screen while a new filter loads, so changing one does not flash.
    placeholderData: keepPreviousData,
    enabled,
  });
}
