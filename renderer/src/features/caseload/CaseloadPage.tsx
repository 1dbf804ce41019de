import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCaseload } from '../../api/clients';
import { useDirectory } from '../../api/users';
import { useActiveSession } from '../../app/ActiveSession';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { TablePagination } from '../../components/TablePagination';
import { TransferModal, type TransferTarget } from '../clients/dialogs/TransferModal';
import { listName } from '../clients/formatClient';
import { officerOptions } from '../clients/officerOptions';
import { CaseloadFilters } from './CaseloadFilters';
import { CaseloadTable, type CaseloadRow } from './CaseloadTable';
import { NewNoteModal } from '../caseNotes/NoteFormModals';
import { CASELOAD_PAGE_SIZE, useCaseloadParams } from './useCaseloadParams';

/** The clients an officer supervises (a supervisor's team, or everyone), searched, filtered, sorted and paged by the host. */
export function CaseloadPage() {
  const { user } = useActiveSession();
  const seesOthers = user.role !== 'officer';
  const { input, update } = useCaseloadParams();
  const caseload = useCaseload(input);
  const directory = useDirectory();
  const [transferring, setTransferring] = useState<TransferTarget | null>(null);
  const [contactWith, setContactWith] = useState<CaseloadRow | null>(null);

  return (
    <>
      <PageHeader
        title="Caseload"
        description={
          seesOthers ? 'Your clients, your team’s, or the whole office’s.' : 'The clients assigned to you. Closed cases are hidden unless you search or filter for them.'
        }
        actions={
          <Button component={Link} to={paths.intake}>
            New intake
          </Button>
        }
      />
      <Stack>
        <CaseloadFilters input={input} onChange={update} officers={seesOthers ? officerOptions(directory.data ?? []) : null} />
        <ErrorAlert error={caseload.error} />
        {caseload.isPending && <PageLoader />}
        {caseload.data && (
          <>
            <CaseloadTable
              rows={caseload.data.rows}
              sort={input.sort}
              direction={input.direction}
              onSort={(sort, direction) => update({ sort, direction })}
              onNewContact={setContactWith}
              onTransfer={
                seesOthers
                  ? (row) => setTransferring({ id: row.id, name: listName(row), assignedOfficerId: row.assignedOfficerId, assignedOfficerName: row.assignedOfficerName })
                  : null
              }
              busy={caseload.isPlaceholderData}
              narrowed={input.search !== '' || input.statuses.length > 0 || input.levels.length > 0 || input.officerId !== null}
            />
            <TablePagination
              label="Caseload pages"
              noun={caseload.data.total === 1 ? 'client' : 'clients'}
              page={input.page}
              pageSize={CASELOAD_PAGE_SIZE}
              total={caseload.data.total}
              onChange={(page) => update({ page })}
            />
          </>
        )}
      </Stack>
      {transferring && <TransferModal client={transferring} onClose={() => setTransferring(null)} />}
      {contactWith && <NewNoteModal clientId={contactWith.id} clientLabel={`${listName(contactWith)} (${contactWith.caseNumber})`} onClose={() => setContactWith(null)} />}
    </>
  );
}
