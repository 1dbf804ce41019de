import { useEffect, type RefObject } from 'react';

/**
 * Table roles react-big-calendar puts on markup that is not a whole table (rows without cells, cells outside rows,
 * column headers in no row), which screen readers then announce as a broken grid; without them each view reads
 * as its headings, buttons and events.
 */
const TABLE_ROLES = ['table', 'rowgroup', 'row', 'cell', 'columnheader'].map((role) => `[role="${role}"]`).join(', ');

/** Corrects react-big-calendar's markup after every render: no misplaced table roles, and its scrolling time grid reachable by keyboard. */
export function useCalendarAria(container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const correct = () => {
      for (const element of root.querySelectorAll(TABLE_ROLES)) {
        element.removeAttribute('role');
        element.removeAttribute('aria-sort');
      }
      for (const grid of root.querySelectorAll<HTMLElement>('.rbc-time-content:not([tabindex])')) {
        grid.tabIndex = 0;
        grid.setAttribute('role', 'region');
        grid.setAttribute('aria-label', 'Appointments by time of day');
      }
    };
    correct();
    const observer = new MutationObserver(correct);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container]);
}
