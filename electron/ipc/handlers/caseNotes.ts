import type { Channel } from '../../api/contract';
import { createNote, deleteNote, signNote, updateNote } from '../../services/caseNotes/noteDrafts';
import { getNote, listNotes } from '../../services/caseNotes/noteReads';
import { addAddendum, reviewNote } from '../../services/caseNotes/signedNotes';
import type { HandlerGroup } from './types';

export const caseNotesHandlers: HandlerGroup<Extract<Channel, `caseNotes.${string}`>> = {
  'caseNotes.list': ({ ctx }, input) => listNotes(ctx, input),
  'caseNotes.get': ({ ctx }, input) => getNote(ctx, input.noteId),
  'caseNotes.create': ({ ctx }, input) => createNote(ctx, input),
  'caseNotes.update': ({ ctx }, input) => updateNote(ctx, input),
  'caseNotes.sign': ({ ctx }, input) => signNote(ctx, input.noteId),
  'caseNotes.delete': ({ ctx }, input) => deleteNote(ctx, input.noteId),
  'caseNotes.addAddendum': ({ ctx }, input) => addAddendum(ctx, input),
  'caseNotes.review': ({ ctx }, input) => reviewNote(ctx, input),
};
