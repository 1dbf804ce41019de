import { asc, count, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { caseNotes, drugTests, noteAddenda, noteReviews, violationNotes, type DrugTestRow, type NoteAddendumRow, type NoteReviewRow } from '../../../db/schema';
import { readEntry, readForClient } from '../clients/clientScope';
import type { ServiceContext } from '../context';
import type { listNotesInputSchema } from './caseNotesSchemas';
import { noteRef } from './noteRecord';

// Qualified by hand: drizzle leaves columns unqualified in a one-table select, and "id" would be the subquery's own.
const countOf = (table: typeof noteAddenda | typeof noteReviews) => sql<number>`(select count(*) from ${table} where ${table.noteId} = "case_notes"."id")`;

const noteColumns = { ...getTableColumns(caseNotes), addendaCount: countOf(noteAddenda), reviewCount: countOf(noteReviews) };

/** A client's contact log, newest contact first, a page at a time. */
export function listNotes(ctx: ServiceContext, input: z.infer<typeof listNotesInputSchema>) {
  return readForClient(ctx, input.clientId, 'notes', (tx) => {
    const where = eq(caseNotes.clientId, input.clientId);
    const total = tx.select({ n: count() }).from(caseNotes).where(where).get()?.n ?? 0;
    const rows = tx
      .select(noteColumns)
      .from(caseNotes)
      .where(where)
      .orderBy(desc(caseNotes.contactAt), desc(caseNotes.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    return { rows, total, page: input.page, pageSize: input.pageSize };
  });
}

export type NotesPage = ReturnType<typeof listNotes>;
export type NoteSummary = NotesPage['rows'][number];

export interface NoteDetail {
  note: NoteSummary;
  /** Oldest first, shown under the note they correct. */
  addenda: NoteAddendumRow[];
  reviews: NoteReviewRow[];
  drugTests: DrugTestRow[];
  violationIds: number[];
}

/** One note with everything attached to it; the view is audited as "note <id>". */
export function getNote(ctx: ServiceContext, noteId: number): NoteDetail {
  return readEntry(ctx, noteRef(noteId), (tx) => ({
    note: tx.select(noteColumns).from(caseNotes).where(eq(caseNotes.id, noteId)).get() as NoteSummary,
    addenda: tx.select().from(noteAddenda).where(eq(noteAddenda.noteId, noteId)).orderBy(asc(noteAddenda.id)).all(),
    reviews: tx.select().from(noteReviews).where(eq(noteReviews.noteId, noteId)).orderBy(asc(noteReviews.id)).all(),
    drugTests: tx.select().from(drugTests).where(eq(drugTests.noteId, noteId)).orderBy(asc(drugTests.id)).all(),
    violationIds: tx.select({ id: violationNotes.violationId }).from(violationNotes).where(eq(violationNotes.noteId, noteId)).all().map((v) => v.id),
  }));
}
