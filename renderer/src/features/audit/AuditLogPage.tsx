import { Box, Button, Group, Pagination, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditFilter } from '../../../../electron/services/audit/auditSchemas';
import { useAuditLog, useExportAudit, useVerifyAudit } from '../../api/audit';
import { downloadTextFile } from '../../components/downloadTextFile';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainVerificationAlert } from './ChainVerificationAlert';

const PAGE_SIZE = 50;

const PAGINATION_LABELS = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' } as const;

export function AuditLogPage() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const log = useAuditLog({ filter, page, pageSize: PAGE_SIZE });
  const verify = useVerifyAudit();
  const exportCsv = useExportAudit();

  const applyFilter = (next: AuditFilter) => {
    setFilter(next);
    setPage(1);
  };
  const download = () =>
    exportCsv.mutate(
      { filter },
      {
        onSuccess: ({ filename, content, rows }) => {
          downloadTextFile(filename, content, 'text/csv;charset=utf-8');
          notifySuccess(`Exported ${rows} audit ${rows === 1 ? 'entry' : 'entries'} to ${filename}.`);
        },
      },
    );

  const total = log.data?.total ?? 0;
  const firstShown = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const lastShown = Math.min(page * PAGE_SIZE, total);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every sign-in, lock and change, newest first. Each entry is chained to the one before, so any alteration is detectable."
        actions={
          <>
            <Button variant="default" loading={verify.isPending} onClick={() => verify.mutate()}>
              Verify chain
            </Button>
            <Button variant="default" loading={exportCsv.isPending} onClick={download}>
              Export CSV
            </Button>
          </>
        }
      />
      <Stack>
        {verify.data && <ChainVerificationAlert result={verify.data} />}
        <ErrorAlert error={verify.error} />
        <ErrorAlert error={exportCsv.error} />
        <AuditFilters onApply={applyFilter} />
        <ErrorAlert error={log.error} />
        {log.isPending && <PageLoader />}
        {log.data && (
          <>
            <AuditTable rows={log.data.rows} />
            <Group justify="space-between">
              <Text size="sm">
                Showing {firstShown}–{lastShown} of {total} entries
              </Text>
              <Box component="nav" aria-label="Audit log pages">
                <Pagination
                  total={Math.max(1, Math.ceil(total / PAGE_SIZE))}
                  value={page}
                  onChange={setPage}
                  withEdges
                  getControlProps={(control) => ({ 'aria-label': PAGINATION_LABELS[control] })}
                  getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
                />
              </Box>
            </Group>
          </>
        )}
      </Stack>
    </>
  );
}
