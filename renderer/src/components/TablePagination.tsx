import { Box, Group, Pagination, Text } from '@mantine/core';

const PAGINATION_LABELS = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' } as const;

interface TablePaginationProps {
  /** Names the navigation landmark, e.g. "Caseload pages". */
  label: string;
  /** What the rows are, plural: "entries", "clients". */
  noun: string;
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** "Showing 51–100 of 4,812" and page buttons with spoken names, under a paged table. */
export function TablePagination({ label, noun, page, pageSize, total, onChange }: TablePaginationProps) {
  const firstShown = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const lastShown = Math.min(page * pageSize, total);
  return (
    <Group justify="space-between">
      <Text size="sm">
        Showing {firstShown.toLocaleString()}–{lastShown.toLocaleString()} of {total.toLocaleString()} {noun}
      </Text>
      <Box component="nav" aria-label={label}>
        <Pagination
          total={Math.max(1, Math.ceil(total / pageSize))}
          value={page}
          onChange={onChange}
          withEdges
          getControlProps={(control) => ({ 'aria-label': PAGINATION_LABELS[control] })}
          getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
        />
      </Box>
    </Group>
  );
}
