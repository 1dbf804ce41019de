import type { z } from 'zod';
import { noteAddenda, noteReviews, type NoteAddendumRow, type NoteReviewRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import type { ServiceContext } from '../context';
import type { addAddendumInputSchema, reviewNoteInputSchema } from '../../api/caseNotes/caseNotesSchemas';
import { writeOnNote } from './noteRecord';

/** What is added to a signed note: addenda (corrections, linked to the original) and supervisors' reviews. Both are append-only. */

function requireSigned(status: string, message: string) {
  if (status !== 'signed') throw new AppError('CONFLICT', message, 'noteId');
}

export function addAddendum(ctx: ServiceContext, input: z.infer<typeof addAddendumInputSchema>): NoteAddendumRow {
  return writeOnNote(ctx, input.noteId, 'caseNote.addendum', (tx, note, at) => {
    requireSigned(note.status, 'This note is still a draft: change it directly. Addenda are for notes already signed.');
    const row = tx.insert(noteAddenda).values({ noteId: note.id, authorId: ctx.actor.id, text: input.text, createdAt: at.toISOString() }).returning().get();
    return { value: row, detail: `note ${note.id}; addendum ${row.id}` };
  });
}

/** Supervisors record reviews (the channel is limited to supervisors and administrators). */
export function reviewNote(ctx: ServiceContext, input: z.infer<typeof reviewNoteInputSchema>): NoteReviewRow {
  return writeOnNote(ctx, input.noteId, 'caseNote.review', (tx, note, at) => {
    requireSigned(note.status, 'This note is still a draft; it can be reviewed once its author signs it.');
    const row = tx.insert(noteReviews).values({ noteId: note.id, reviewerId: ctx.actor.id, comment: input.comment, reviewedAt: at.toISOString() }).returning().get();
    return { value: row, detail: `note ${note.id}; review ${row.id}` };
  });
}
