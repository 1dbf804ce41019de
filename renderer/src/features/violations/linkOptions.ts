import { noteTitle } from '../caseNotes/noteFormat';
import type { DrugTestRow, NoteRow } from '../caseNotes/noteTypes';
import { drugTestSummary } from '../drugTests/drugTestFormat';

type Option = { value: string; label: string };

/**
 * Choices for the records a violation points at: the ones listed, plus any already linked that are not
 * (an older note beyond the newest page), so an edit never drops a link it cannot show.
 */
function withLinked(options: Option[], linkedIds: number[], what: string): Option[] {
  const listed = new Set(options.map((option) => option.value));
  return [...options, ...linkedIds.filter((id) => !listed.has(String(id))).map((id) => ({ value: String(id), label: `${what} #${id}` }))];
}

export const noteOptions = (notes: NoteRow[], linkedIds: number[]) =>
  withLinked(
    notes.map((note) => ({ value: String(note.id), label: noteTitle(note) })),
    linkedIds,
    'Note',
  );

export const drugTestOptions = (tests: DrugTestRow[], linkedIds: number[]) =>
  withLinked(
    tests.map((test) => ({ value: String(test.id), label: drugTestSummary(test) })),
    linkedIds,
    'Drug test',
  );
