import { Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSearch } from '../../api/search';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { noteLink } from '../caseNotes/noteLink';
import { noteTitle } from '../caseNotes/noteFormat';
import { formatDate, listName } from '../clients/formatClient';
import { SnippetText } from './SnippetText';

/** Typing pauses this long before the host is asked, so a search is not sent for every key. */
const TYPING_PAUSE_MS = 150;

/**
 * Ctrl+K (Cmd+K) from anywhere, even while typing in a field: clients by name, case number or identifier,
 * and notes by words in their narrative or addenda. Choosing one opens the client, or the note in the contact log.
 */
export function SearchSpotlight() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [typed] = useDebouncedValue(query.trim(), TYPING_PAUSE_MS);
  const search = useSearch(typed);
  const clients = search.data?.clients ?? [];
  const notes = search.data?.notes ?? [];
  const found = clients.length + notes.length > 0;

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      scrollable
      maxHeight={520}
      title="Search clients and notes"
      styles={{ header: { padding: 'var(--mantine-spacing-sm) var(--mantine-spacing-md) 0', minHeight: 0 }, title: { fontWeight: 600 } }}
    >
      <Spotlight.Search aria-label="Search clients and notes" placeholder="Name, case number, identifier or words from a note…" />
      <Spotlight.ActionsList aria-label="Search results">
        <ErrorAlert error={search.error} />
        {clients.length > 0 && (
          <Spotlight.ActionsGroup label="Clients">
            {clients.map((client) => (
              <Spotlight.Action
                key={`client-${client.id}`}
                label={listName(client)}
                description={`Case ${client.caseNumber} · born ${formatDate(client.dateOfBirth)}`}
                onClick={() => void navigate(paths.client(client.id))}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {notes.length > 0 && (
          <Spotlight.ActionsGroup label="Notes">
            {notes.map((note) => (
              <Spotlight.Action key={`note-${note.noteId}`} onClick={() => void navigate(noteLink(note.clientId, note.noteId))}>
                <Stack gap={2}>
                  <Text fw={600}>
                    {note.clientName}: {noteTitle(note)}
                  </Text>
                  <Text size="sm">
                    <SnippetText parts={note.snippet} />
                  </Text>
                  <Text size="xs" c="dimmed">
                    Case {note.caseNumber} · {note.status === 'signed' ? 'signed' : 'draft'}
                    {note.source === 'addendum' && ' · found in an addendum'}
                  </Text>
                </Stack>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {!found && <Spotlight.Empty>{typed && search.data ? 'Nothing found.' : 'Type to search.'}</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
