import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbTx } from '../../../db/open';
import { appointments, caseNotes, drugTests, violationNotes, type CaseNoteRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { changedFields } from '../record/auditedEdit';
import { writeForClient } from '../record/auditedReadWrite';
import { nextVersion, requireVersion } from '../record/editVersions';
import type { ServiceContext } from '../context';
import { noteFieldsSchema, type createNoteInputSchema, type updateNoteInputSchema } from '../../api/caseNotes/caseNotesSchemas';
import { isLateEntry } from './lateEntry';
import { describeNote, writeOnNote } from './noteRecord';

/** The message every refused change to a signed note carries; the database triggers raise the same words. */
const SIGNED_NOTE_MESSAGE = 'Signed notes cannot be changed; add an addendum.';

const signature = (ctx: ServiceContext, at: Date) => ({ status: 'signed' as const, signedAt: at.toISOString(), signedBy: ctx.actor.id, updatedAt: at.toISOString() });

/** The row a new note is written as; the scale seeder (scripts/seed/bulkRecord.ts) inserts these same rows in bulk. */
export const newNoteValues = (ctx: ServiceContext, input: z.infer<typeof createNoteInputSchema>, at: Date): typeof caseNotes.$inferInsert => ({
  ...input.note,
  clientId: input.clientId,
  authorId: ctx.actor.id,
  isLateEntry: isLateEntry(input.note.contactAt, at, ctx.clock),
  createdAt: at.toISOString(),
  ...(input.sign ? signature(ctx, at) : {}),
});

export function createNote(ctx: ServiceContext, input: z.infer<typeof createNoteInputSchema>): CaseNoteRow {
  return writeForClient(ctx, {
    clientId: input.clientId,
    action: 'caseNote.create',
    write: (tx, _client, at) => {
      const row = tx
        .insert(caseNotes)
        .values(newNoteValues(ctx, input, at))
        .returning()
        .get();
      return { value: row, detail: describeNote(row) };
    },
  });
}

/**
 * A change to a draft, by its author only. A signed note refuses every change here, and the database's
 * triggers refuse it to any other code path as well.
 */
function changeDraft<T>(ctx: ServiceContext, noteId: number, action: string, change: (tx: DbTx, note: CaseNoteRow, at: Date) => { value: T; detail: string }): T {
  return writeOnNote(ctx, noteId, action, (tx, note, at) => {
    if (note.status === 'signed') throw new AppError('CONFLICT', SIGNED_NOTE_MESSAGE, 'noteId');
    if (note.authorId !== ctx.actor.id) throw new AppError('FORBIDDEN', 'Only the author of a draft note can change, sign or delete it.', 'noteId');
    return change(tx, note, at);
  });
}

/** The late-entry flag follows the contact date but is always measured from when the note was first entered. */
export function updateNote(ctx: ServiceContext, input: z.infer<typeof updateNoteInputSchema>): CaseNoteRow {
  return changeDraft(ctx, input.noteId, 'caseNote.update', (tx, note, at) => {
    requireVersion(tx, ctx, note, input.version, 'This draft note');
    const row = tx
      .update(caseNotes)
      .set({
        ...input.note,
        isLateEntry: isLateEntry(input.note.contactAt, note.createdAt, ctx.clock),
        updatedAt: at.toISOString(),
        updatedBy: ctx.actor.id,
        rowVersion: nextVersion(caseNotes.rowVersion),
      })
      .where(eq(caseNotes.id, note.id))
      .returning()
      .get();
    return { value: row, detail: `note ${note.id}; ${changedFields(note, input.note)}` };
  });
}

/**
 * A draft made from an appointment's outcome starts without its narrative (or home-visit checklist): signing
 * checks the note is complete, as saving it through the form would have.
 */
function requireComplete(note: CaseNoteRow) {
  const checked = noteFieldsSchema.safeParse(note);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw new AppError('VALIDATION', `Complete the note before signing it: ${issue.message}`, ['note', ...issue.path.map(String)].join('.'));
}

export function signNote(ctx: ServiceContext, noteId: number): CaseNoteRow {
  return changeDraft(ctx, noteId, 'caseNote.sign', (tx, note, at) => {
    requireComplete(note);
    const row = tx.update(caseNotes).set(signature(ctx, at)).where(eq(caseNotes.id, note.id)).returning().get();
    return { value: row, detail: describeNote(row) };
  });
}

/** A deleted draft no longer documents anything, so links to it from drug tests and violations go with it (the audit counts them). */
export function deleteNote(ctx: ServiceContext, noteId: number): null {
  return changeDraft(ctx, noteId, 'caseNote.delete', (tx, note) => {
    const tests = tx.update(drugTests).set({ noteId: null }).where(eq(drugTests.noteId, note.id)).run().changes;
    const links = tx.delete(violationNotes).where(eq(violationNotes.noteId, note.id)).run().changes;
    const visits = tx.update(appointments).set({ noteId: null }).where(eq(appointments.noteId, note.id)).run().changes;
    tx.delete(caseNotes).where(eq(caseNotes.id, note.id)).run();
    return { value: null, detail: `note ${note.id}; draft deleted; unlinked from ${tests} drug test(s), ${links} violation(s) and ${visits} appointment(s)` };
  });
}
