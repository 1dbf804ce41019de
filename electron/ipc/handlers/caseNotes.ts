import type { Channel } from '../../api/contract';
import { createNote, deleteNote, signNote, updateNote } from '../../services/caseNotes/noteDrafts';
import { getNote, listNotes } from '../../services/caseNotes/noteReads';
import { addAddendum, reviewNote } from '../../services/caseNotes/signedNotes';
import type { HandlerGroup } from './types';

export const caseNotesHandlers: HandlerGroup<Extract<Channel, `caseNotes.${string}`>> = {
  'caseNotes.list': ({ sessions }, input) => listNotes(sessions.requireActive().ctx, input),
  'caseNotes.get': ({ sessions }, input) => getNote(sessions.requireActive().ctx, input.noteId),
  'caseNotes.create': ({ sessions }, input) => createNote(sessions.requireActive().ctx, input),
  'caseNotes.update': ({ sessions }, input) => updateNote(sessions.requireActive().ctx, input),
  'caseNotes.sign': ({ sessions }, input) => signNote(sessions.requireActive().ctx, input.noteId),
  'caseNotes.delete': ({ sessions }, input) => deleteNote(sessions.requireActive().ctx, input.noteId),
  'caseNotes.addAddendum': ({ sessions }, input) => addAddendum(sessions.requireActive().ctx, input),
  'caseNotes.review': ({ sessions }, input) => reviewNote(sessions.requireActive().ctx, input),
};
