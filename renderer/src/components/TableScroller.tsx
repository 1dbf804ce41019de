import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableScrollerProps {
  /** Names the scroll region for screen readers; usually the table's own label. */
  label: string;
  /** Below this width the table scrolls sideways instead of squashing its columns. */
  minWidth: number;
  children: ReactNode;
}

/**
 * The one way a table scrolls sideways: its viewport is a named, focusable group (not a region, which would
 * repeat the landmark of the section around it), so a keyboard user can
 * reach columns that a narrow window, display scaling or larger text pushed out of view (arrow keys scroll it).
 */
export function TableScroller({ label, minWidth, children }: TableScrollerProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'group', 'aria-label': `${label}, scrolls sideways` } }}>
      {children}
    </Table.ScrollContainer>
  );
}
