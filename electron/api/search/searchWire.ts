import { z } from 'zod';
import { CONTACT_TYPES, NOTE_STATUSES } from '../caseNotes/caseNotesCodes';
import { clientRecordWire } from '../clients/clientsWire';

/** A piece of a snippet: plain text, marked when it is a match, so the renderer highlights without treating note text as markup. */
export const snippetPartWire = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartWire>;

/** A client found by name, other name, case number or identifier. */
export const clientHitWire = clientRecordWire.pick({
  id: true,
  caseNumber: true,
  firstName: true,
  middleName: true,
  lastName: true,
  suffix: true,
  dateOfBirth: true,
  status: true,
});
export type ClientHit = z.infer<typeof clientHitWire>;

/** A note whose narrative, or one of whose addenda, matches. */
export const noteHitWire = z.object({
  noteId: z.number(),
  clientId: z.number(),
  clientName: z.string(),
  caseNumber: z.string(),
  contactAt: z.string(),
  contactType: z.enum(CONTACT_TYPES),
  status: z.enum(NOTE_STATUSES),
  /** Where the words were found: the note's narrative or one of its addenda. */
  source: z.enum(['narrative', 'addendum']),
  snippet: z.array(snippetPartWire),
});
export type NoteHit = z.infer<typeof noteHitWire>;

export const searchResultsWire = z.object({
  /** Best match first. */
  clients: z.array(clientHitWire),
  /** Most recent contact first. */
  notes: z.array(noteHitWire),
});
export type SearchResults = z.infer<typeof searchResultsWire>;
