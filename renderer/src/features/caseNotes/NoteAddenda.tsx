import { Paper, Stack, Text, Title } from '@mantine/core';
import { formatLocalTime } from '../../components/formatTime';
import type { NoteRow } from './noteTypes';

/** The corrections and additions to a signed note, oldest first, under the note they belong to. */
export function NoteAddenda({ note, nameOf }: { note: NoteRow; nameOf: (userId: number | null) => string }) {
  if (note.addenda.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label="Addenda">
      <Title order={4} size="h6">
        Addenda
      </Title>
      {note.addenda.map((addendum) => (
        <Paper key={addendum.id} withBorder p="sm" bg="gray.0">
          <Text size="sm" c="dimmed">
            Addendum by {nameOf(addendum.authorId)}, {formatLocalTime(addendum.createdAt)}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{addendum.text}</Text>
        </Paper>
      ))}
    </Stack>
  );
}
