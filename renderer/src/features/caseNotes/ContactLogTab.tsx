import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useNotes } from '../../api/caseNotes';
import { useDrugTests } from '../../api/drugTests';
import { useDirectory } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { SmallButton } from '../../components/SmallButton';
import { TablePagination } from '../../components/TablePagination';
import { TitledSection } from '../../components/TitledSection';
import { userNameOf } from '../clients/officerOptions';
import type { ClientProfile } from '../clients/profileTypes';
import { DrugTestsSection } from '../drugTests/DrugTestsSection';
import { NoteCard } from './NoteCard';
import { NoteDialogs, type NoteDialog } from './NoteDialogs';
import { NewNoteModal } from './NoteFormModals';

const PAGE_SIZE = 20;

/**
 * The client's contacts, newest first, and their drug tests. `?note=<id>` (a search result) opens the page
 * holding that note and marks it; turning the page lets it go.
 */
export function ContactLogTab({ profile }: { profile: ClientProfile }) {
  const { client, conditions } = profile;
  const [params, setParams] = useSearchParams();
  const focusNoteId = Number(params.get('note')) || undefined;
  const [page, setPage] = useState(1);
  const notes = useNotes(focusNoteId ? { clientId: client.id, pageSize: PAGE_SIZE, focusNoteId } : { clientId: client.id, pageSize: PAGE_SIZE, page });
  const tests = useDrugTests(client.id).data ?? [];
  const nameOf = userNameOf(useDirectory().data);
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<NoteDialog | null>(null);
  const rows = notes.data?.rows ?? [];

  const turnPage = (next: number) => {
    setPage(next);
    setParams(
      (current) => {
        current.delete('note');
        return current;
      },
      { replace: true },
    );
  };

  return (
    <Stack>
      <TitledSection title="Contact log" actions={<SmallButton onClick={() => setCreating(true)}>New contact</SmallButton>}>
        <ErrorAlert error={notes.error} />
        {notes.isPending && <PageLoader />}
        {notes.data && (
          <Stack aria-busy={notes.isPlaceholderData}>
            {rows.length === 0 && <Text c="dimmed">No contacts recorded yet.</Text>}
            {rows.map((note) => (
              <NoteCard
                key={note.id}
                note={note}
                tests={tests.filter((test) => test.noteId === note.id)}
                highlighted={note.id === focusNoteId}
                nameOf={nameOf}
                onAction={(action) => setDialog({ action, note })}
              />
            ))}
            {notes.data.total > PAGE_SIZE && (
              <TablePagination label="Contact log pages" noun="contacts" page={notes.data.page} pageSize={PAGE_SIZE} total={notes.data.total} onChange={turnPage} />
            )}
          </Stack>
        )}
      </TitledSection>
      <DrugTestsSection clientId={client.id} conditions={conditions} notes={rows} />
      {creating && <NewNoteModal clientId={client.id} onClose={() => setCreating(false)} />}
      {dialog && <NoteDialogs dialog={dialog} onChange={setDialog} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
