import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import type { AuditFilter } from '../../../../electron/api/audit/auditSchemas';
import { useAuditLog, useExportAudit, useVerifyAudit } from '../../api/audit';
import { downloadTextFile } from '../../components/downloadTextFile';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notifySuccess';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { TablePagination } from '../../components/TablePagination';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainVerificationAlert } from './ChainVerificationAlert';

const PAGE_SIZE = 50;

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

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every sign-in, lock and change, newest first. Each entry is chained to the one before, so any alteration is detectable."
        actions={
          <>
            <Button variant="default" loading={verify.isPending} onClick={() => verify.mutate({})}>
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
            <TablePagination label="Audit log pages" noun="entries" page={page} pageSize={PAGE_SIZE} total={log.data.total} onChange={setPage} />
          </>
        )}
      </Stack>
    </>
  );
}
