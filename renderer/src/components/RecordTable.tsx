import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { TableScroller } from './TableScroller';

interface RecordTableProps<T> {
  /** Names the table for screen readers and tests. */
  label: string;
  columns: string[];
  rows: T[];
  /** One <Table.Tr> per row. */
  children: (row: T, index: number) => ReactNode;
  /** Shown in a single row when there are no rows. */
  emptyText?: string;
  minWidth?: number;
}

/** A striped, labelled table of records that scrolls sideways on narrow windows rather than squashing its columns. */
export function RecordTable<T>({ label, columns, rows, children, emptyText, minWidth = 760 }: RecordTableProps<T>) {
  return (
    <TableScroller label={label} minWidth={minWidth}>
      <Table striped verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && emptyText && (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{emptyText}</Table.Td>
            </Table.Tr>
          )}
          {rows.map(children)}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
