import { ALL, SUPERVISOR, channel, returns } from '../channel';
import { type CaseNoteRow, type NoteAddendumRow, type NoteReviewRow } from '../../../db/schema';
import { type NoteDetail, type NotesPage } from '../../services/caseNotes/noteReads';
import { addAddendumInputSchema, createNoteInputSchema, listNotesInputSchema, noteIdInputSchema, reviewNoteInputSchema, updateNoteInputSchema } from './caseNotesSchemas';

export const caseNotesChannels = {
  // The case record: officers on their own caseload only (the services refuse others with FORBIDDEN).
  // A draft note is changed, signed or deleted by its author only; a signed note by nobody.
  'caseNotes.list': channel(listNotesInputSchema, ALL, returns<NotesPage>()),
  'caseNotes.get': channel(noteIdInputSchema, ALL, returns<NoteDetail>()),
  'caseNotes.create': channel(createNoteInputSchema, ALL, returns<CaseNoteRow>()),
  'caseNotes.update': channel(updateNoteInputSchema, ALL, returns<CaseNoteRow>()),
  'caseNotes.sign': channel(noteIdInputSchema, ALL, returns<CaseNoteRow>()),
  'caseNotes.delete': channel(noteIdInputSchema, ALL, returns<null>()),
  'caseNotes.addAddendum': channel(addAddendumInputSchema, ALL, returns<NoteAddendumRow>()),
  'caseNotes.review': channel(reviewNoteInputSchema, SUPERVISOR, returns<NoteReviewRow>()),
};
