import { Badge, Group, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { CONTACT_OUTCOME_LABELS } from '../../../../electron/api/shared/recordLabels';
import { useActiveSession } from '../../app/ActiveSession';
import { FactList } from '../../components/FactList';
import { formatLocalTime } from '../../components/formatTime';
import { LineList } from '../../components/LineList';
import { SmallButton } from '../../components/SmallButton';
import { drugTestSummary } from '../drugTests/drugTestFormat';
import { HomeVisitView } from './HomeVisitView';
import { noteTitle } from './noteFormat';
import type { DrugTestRow, NoteRow } from './noteTypes';
import { NoteAddenda } from './NoteAddenda';

/** About five lines of body text (16 px at a line height of 1.55). */
const NARRATIVE_LINES_SHOWN = 124;

export type NoteAction = 'edit' | 'sign' | 'delete' | 'addendum' | 'review';

interface NoteCardProps {
  note: NoteRow;
  /** The drug tests recorded with this note. */
  tests: DrugTestRow[];
  /** The note a search result opened: scrolled to and marked. */
  highlighted: boolean;
  nameOf: (userId: number | null) => string;
  onAction: (action: NoteAction, note: NoteRow) => void;
}

function NoteBadges({ note }: { note: NoteRow }) {
  return (
    <Group gap="xs">
      {note.status === 'signed' ? <Badge color="green">Signed</Badge> : <Badge color="yellow">Draft</Badge>}
      {note.isLateEntry && <Badge color="orange">Late entry</Badge>}
      {note.reviews.length > 0 && <Badge color="blue">Reviewed</Badge>}
    </Group>
  );
}

/** Draft notes are changed by their author; signed ones only take addenda (the "Edit" there explains why) and supervisors' reviews. */
function NoteActions({ note, onAction }: Pick<NoteCardProps, 'note' | 'onAction'>) {
  const { user } = useActiveSession();
  const title = noteTitle(note);
  const button = (action: NoteAction, label: string, danger = false) => (
    <SmallButton key={action} aria-label={`${label}: ${title}`} danger={danger} onClick={() => onAction(action, note)}>
      {label}
    </SmallButton>
  );
  if (note.status === 'draft') return note.authorId === user.id ? [button('edit', 'Edit'), button('sign', 'Sign'), button('delete', 'Delete', true)] : null;
  return [button('edit', 'Edit'), button('addendum', 'Add addendum'), user.role !== 'officer' && button('review', 'Record review')];
}

/** One contact in the log: what happened, the checklist of a home visit, its tests, who signed and reviewed it, and its addenda. */
export function NoteCard({ note, tests, highlighted, nameOf, onAction }: NoteCardProps) {
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!highlighted) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus({ preventScroll: true });
  }, [highlighted]);

  return (
    <Paper
      ref={ref}
      component="article"
      aria-labelledby={titleId}
      withBorder
      p="md"
      tabIndex={-1}
      data-highlighted={highlighted || undefined}
      bg={highlighted ? 'yellow.0' : undefined}
      style={highlighted ? { borderColor: 'var(--mantine-color-yellow-8)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id={titleId}>
              {noteTitle(note)}
            </Title>
            <Text size="sm" c="dimmed">
              {[note.durationMinutes && `${note.durationMinutes} min`, note.location, `by ${nameOf(note.authorId)}`].filter(Boolean).join(' · ')}
            </Text>
          </div>
          <NoteBadges note={note} />
        </Group>
        <FactList
          facts={[
            ['Outcome', CONTACT_OUTCOME_LABELS[note.outcome]],
            ['Reason the absence was acceptable', note.absenceReason],
            ['People present', note.peoplePresent],
            ['Tags', note.tags.join(', ')],
          ]}
        />
        {/* A long narrative folds to its first lines so the log stays a list; a note a search opened starts unfolded. */}
        <Spoiler
          maxHeight={NARRATIVE_LINES_SHOWN}
          showLabel="Show more"
          hideLabel="Show less"
          showAriaLabel={`Show more: ${noteTitle(note)}`}
          hideAriaLabel={`Show less: ${noteTitle(note)}`}
          defaultExpanded={highlighted}
        >
          <Text style={{ whiteSpace: 'pre-wrap' }}>{note.narrative}</Text>
        </Spoiler>
        {note.homeVisit && (
          <section aria-label="Home-visit checklist">
            <Title order={4} size="h6" mb={4}>
              Home-visit checklist
            </Title>
            <HomeVisitView visit={note.homeVisit} />
          </section>
        )}
        {tests.length > 0 && (
          <section aria-label="Drug tests">
            <Title order={4} size="h6" mb={4}>
              Drug tests
            </Title>
            <LineList lines={tests.map(drugTestSummary)} none="" />
          </section>
        )}
        <Text size="sm" c="dimmed">
          {note.status === 'signed' && note.signedAt
            ? `Signed by ${nameOf(note.signedBy)}, ${formatLocalTime(note.signedAt)}.`
            : `Draft entered ${formatLocalTime(note.createdAt)}; not signed yet.`}
          {note.isLateEntry && ' Entered more than 3 days after the contact.'}
        </Text>
        {note.reviews.map((review) => (
          <Text key={review.id} size="sm">
            Reviewed by {nameOf(review.reviewerId)}, {formatLocalTime(review.reviewedAt)}
            {review.comment && `: ${review.comment}`}
          </Text>
        ))}
        <NoteAddenda note={note} nameOf={nameOf} />
        <Group justify="flex-end" gap="xs">
          <NoteActions note={note} onAction={onAction} />
        </Group>
      </Stack>
    </Paper>
  );
}
