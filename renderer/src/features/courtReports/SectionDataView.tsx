import { Stack, Table, Text } from '@mantine/core';
import type { SectionData } from '../../../../electron/api/courtReports/courtReportsSchemas';
import { FactList } from '../../components/FactList';
import { RecordTable } from '../../components/RecordTable';

/** What a section holds from the record, read-only: facts, then tables exactly as the Word file will print them. */
export function SectionDataView({ data }: { data: SectionData }) {
  if (!data.facts.length && !data.tables.length) return null;
  return (
    <Stack gap="sm">
      {data.facts.length > 0 && <FactList facts={data.facts.map((f) => [f.label, f.value])} />}
      {data.tables.map((table) => (
        <div key={table.title}>
          <Text fw={700} size="sm">
            {table.title}
          </Text>
          <RecordTable label={table.title} columns={table.columns.map((c) => c.title)} rows={table.rows} emptyText={table.emptyText} minWidth={560}>
            {(row, index) => (
              <Table.Tr key={index}>
                {row.map((cell, i) => (
                  <Table.Td key={i} style={{ whiteSpace: 'pre-wrap' }}>
                    {cell}
                  </Table.Td>
                ))}
              </Table.Tr>
            )}
          </RecordTable>
        </div>
      ))}
    </Stack>
  );
}
