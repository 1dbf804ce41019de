import { Box, Button, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useDirectory } from '../../api/users';
import { userNameOf } from '../clients/officerOptions';
import type { TimelineEntry } from './describeEntry';
import { TimelineEntryRow } from './TimelineEntryRow';

interface TimelineListProps {
  entries: TimelineEntry[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** A first guess at an entry's height; each is measured once drawn. */
const ESTIMATED_ROW_HEIGHT = 84;

/**
 * The entries in a scrolling box that draws only those in view, so thousands stay smooth; the next page is
 * fetched as the last entry comes into view, or with the button for keyboard users.
 */
export function TimelineList({ entries, hasMore, loadingMore, onLoadMore }: TimelineListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const directory = useDirectory();
  const by = userNameOf(directory.data);
  // The React compiler cannot memoize around the virtualizer, which changes as it scrolls; nothing here is memoized by hand either.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: entries.length, getScrollElement: () => scrollRef.current, estimateSize: () => ESTIMATED_ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastShown >= entries.length - 1) onLoadMore();
  }, [hasMore, loadingMore, lastShown, entries.length, onLoadMore]);

  return (
    <>
      <Box ref={scrollRef} tabIndex={0} role="region" aria-label="Timeline entries" h="max(420px, calc(100vh - 420px))" style={{ overflowY: 'auto', contain: 'strict' }}>
        <div role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const entry = entries[item.index];
            return (
              <div
                role="listitem"
                key={`${entry.kind}-${entry.id}`}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-setsize={hasMore ? -1 : entries.length}
                aria-posinset={item.index + 1}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              >
                <TimelineEntryRow entry={entry} by={by(entry.userId)} />
              </div>
            );
          })}
        </div>
      </Box>
      <Group justify="space-between" mt="xs">
        <Text size="sm" aria-live="polite">
          {entries.length === 0
            ? 'Nothing on the timeline for these filters.'
            : `${entries.length.toLocaleString()} ${entries.length === 1 ? 'entry' : 'entries'}${hasMore ? ' so far; older ones load as you scroll' : ''}.`}
        </Text>
        {hasMore && (
          <Button variant="default" size="xs" loading={loadingMore} onClick={onLoadMore}>
            Load older entries
          </Button>
        )}
      </Group>
    </>
  );
}
