import type { DbExecutor, DbTx } from '../../../db/open';
import { caseNotes, type CaseNoteRow } from '../../../db/schema';
import { requireOwnEntry, writeOnEntry, type EntryRef } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';

export const noteRef = (noteId: number): EntryRef<typeof caseNotes> => ({ table: caseNotes, id: noteId, what: 'note', field: 'noteId' });

/** A write on one note, within its client's record (access check, transaction, audit). */
export function writeOnNote<T>(ctx: ServiceContext, noteId: number, action: string, write: (tx: DbTx, note: CaseNoteRow, at: Date) => { value: T; detail: string }): T {
  return writeOnEntry(ctx, noteRef(noteId), action, write);
}

/** A note another entry points at (a drug test, a violation) must be one of the same client's. */
export function requireOwnNote(db: DbExecutor, clientId: number, noteId: number | null, field: string) {
  requireOwnEntry(db, caseNotes, clientId, noteId, "Choose one of this client's notes.", field);
}

/** For the audit: which note and what kind, never what it says. */
export const describeNote = (note: CaseNoteRow) =>
  [`note ${note.id}`, note.contactType, note.isLateEntry && 'late entry', note.status === 'signed' && 'signed'].filter(Boolean).join('; ');
