import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

interface SortableHeaderProps<K extends string> {
  column: K;
  sort: K;
  direction: 'asc' | 'desc';
  onSort: (column: K, direction: 'asc' | 'desc') => void;
  children: ReactNode;
}

/** A column header that sorts by its column: a button, with the current order announced through aria-sort. */
export function SortableHeader<K extends string>({ column, sort, direction, onSort, children }: SortableHeaderProps<K>) {
  const sorted = sort === column;
  const next = sorted && direction === 'asc' ? 'desc' : 'asc';
  return (
    <Table.Th aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort(column, next)}>
        {children}
        <span aria-hidden="true">{sorted ? (direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
