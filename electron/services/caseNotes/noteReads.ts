import { and, asc, count, desc, eq, getTableColumns, gt, inArray, or, sql } from 'drizzle-orm';
import type { DbTx } from '../../../db/open';
import type { z } from 'zod';
import { caseNotes, drugTests, noteAddenda, noteReviews, violationNotes } from '../../../db/schema';
import { readEntry, readForClient } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import type { listNotesInputSchema } from '../../api/caseNotes/caseNotesSchemas';
import type { NoteDetail, NoteSummary, NotesPage } from '../../api/caseNotes/caseNotesWire';
import { noteRef } from './noteRecord';

// Qualified by hand: drizzle leaves columns unqualified in a one-table select, and "id" would be the subquery's own.
const countOf = (table: typeof noteAddenda | typeof noteReviews) => sql<number>`(select count(*) from ${table} where ${table.noteId} = "case_notes"."id")`;

const noteColumns = { ...getTableColumns(caseNotes), addendaCount: countOf(noteAddenda), reviewCount: countOf(noteReviews) };

type ListNotesInput = z.infer<typeof listNotesInputSchema>;

/** The page of the log (newest first) that holds the focused note; the asked-for page when it is not this client's. */
function pageOf(tx: DbTx, input: ListNotesInput): number {
  if (input.focusNoteId === undefined) return input.page;
  const focus = tx
    .select({ contactAt: caseNotes.contactAt })
    .from(caseNotes)
    .where(and(eq(caseNotes.id, input.focusNoteId), eq(caseNotes.clientId, input.clientId)))
    .get();
  if (!focus) return input.page;
  const newer = or(gt(caseNotes.contactAt, focus.contactAt), and(eq(caseNotes.contactAt, focus.contactAt), gt(caseNotes.id, input.focusNoteId)));
  const before =
    tx
      .select({ n: count() })
      .from(caseNotes)
      .where(and(eq(caseNotes.clientId, input.clientId), newer))
      .get()?.n ?? 0;
  return Math.floor(before / input.pageSize) + 1;
}

/** A client's contact log, newest contact first, a page at a time; each note carries its addenda and reviews (oldest first) to show under it. */
export function listNotes(ctx: ServiceContext, input: ListNotesInput): NotesPage {
  return readForClient(ctx, input.clientId, 'notes', (tx) => {
    const where = eq(caseNotes.clientId, input.clientId);
    const page = pageOf(tx, input);
    const total = tx.select({ n: count() }).from(caseNotes).where(where).get()?.n ?? 0;
    const notes = tx
      .select(noteColumns)
      .from(caseNotes)
      .where(where)
      .orderBy(desc(caseNotes.contactAt), desc(caseNotes.id))
      .limit(input.pageSize)
      .offset((page - 1) * input.pageSize)
      .all();
    const ids = notes.map((note) => note.id);
    const addenda = ids.length ? tx.select().from(noteAddenda).where(inArray(noteAddenda.noteId, ids)).orderBy(asc(noteAddenda.id)).all() : [];
    const reviews = ids.length ? tx.select().from(noteReviews).where(inArray(noteReviews.noteId, ids)).orderBy(asc(noteReviews.id)).all() : [];
    const rows = notes.map((note) => ({
      ...note,
      addenda: addenda.filter((a) => a.noteId === note.id),
      reviews: reviews.filter((r) => r.noteId === note.id),
    }));
    return { rows, total, page, pageSize: input.pageSize };
  });
}

/** One note with everything attached to it; the view is audited as "note <id>". */
export function getNote(ctx: ServiceContext, noteId: number): NoteDetail {
  return readEntry(ctx, noteRef(noteId), (tx) => ({
    note: tx.select(noteColumns).from(caseNotes).where(eq(caseNotes.id, noteId)).get() as NoteSummary,
    addenda: tx.select().from(noteAddenda).where(eq(noteAddenda.noteId, noteId)).orderBy(asc(noteAddenda.id)).all(),
    reviews: tx.select().from(noteReviews).where(eq(noteReviews.noteId, noteId)).orderBy(asc(noteReviews.id)).all(),
    drugTests: tx.select().from(drugTests).where(eq(drugTests.noteId, noteId)).orderBy(asc(drugTests.id)).all(),
    violationIds: tx
      .select({ id: violationNotes.violationId })
      .from(violationNotes)
      .where(eq(violationNotes.noteId, noteId))
      .all()
      .map((v) => v.id),
  }));
}
