import { ALL, SUPERVISOR, channel, returns } from '../channel';
import { addAddendumInputSchema, createNoteInputSchema, listNotesInputSchema, noteIdInputSchema, reviewNoteInputSchema, updateNoteInputSchema } from './caseNotesSchemas';
import { caseNoteWire, noteAddendumWire, noteDetailWire, noteReviewWire, notesPageWire } from './caseNotesWire';

export const caseNotesChannels = {
  // The case record: officers on their own caseload only (the services refuse others with FORBIDDEN).
  // A draft note is changed, signed or deleted by its author only; a signed note by nobody.
  'caseNotes.list': channel(listNotesInputSchema, ALL, notesPageWire),
  'caseNotes.get': channel(noteIdInputSchema, ALL, noteDetailWire),
  'caseNotes.create': channel(createNoteInputSchema, ALL, caseNoteWire),
  'caseNotes.update': channel(updateNoteInputSchema, ALL, caseNoteWire),
  'caseNotes.sign': channel(noteIdInputSchema, ALL, caseNoteWire),
  'caseNotes.delete': channel(noteIdInputSchema, ALL, returns<null>()),
  'caseNotes.addAddendum': channel(addAddendumInputSchema, ALL, noteAddendumWire),
  'caseNotes.review': channel(reviewNoteInputSchema, SUPERVISOR, noteReviewWire),
};
