import { z } from 'zod';
import { drugTestWire } from '../drugTests/drugTestsWire';
import { CONTACT_OUTCOMES, CONTACT_TYPES, NOTE_STATUSES } from './caseNotesCodes';
import type { HomeVisitChecklist } from './caseNotesSchemas';

/** A contact with the client or about them. A signed note never changes; corrections are addenda. */
export const caseNoteWire = z.object({
  id: z.number(),
  clientId: z.number(),
  authorId: z.number(),
  contactType: z.enum(CONTACT_TYPES),
  /** Local wall time, YYYY-MM-DDTHH:mm. */
  contactAt: z.string(),
  durationMinutes: z.number().nullable(),
  location: z.string(),
  peoplePresent: z.string(),
  outcome: z.enum(CONTACT_OUTCOMES),
  absenceReason: z.string(),
  narrative: z.string(),
  tags: z.array(z.string()),
  /** Only on home visits. */
  homeVisit: z.custom<HomeVisitChecklist>().nullable(),
  status: z.enum(NOTE_STATUSES),
  signedAt: z.string().nullable(),
  signedBy: z.number().nullable(),
  /** Entered more than three calendar days after the contact. */
  isLateEntry: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  /** Sent back with an edit of the draft (electron/services/record/editVersions.ts). */
  rowVersion: z.number(),
});
export type CaseNote = z.infer<typeof caseNoteWire>;

/** A correction or addition to a signed note. */
export const noteAddendumWire = z.object({ id: z.number(), noteId: z.number(), authorId: z.number(), text: z.string(), createdAt: z.string() });
export type NoteAddendum = z.infer<typeof noteAddendumWire>;

/** A supervisor's review of a signed note. */
export const noteReviewWire = z.object({ id: z.number(), noteId: z.number(), reviewerId: z.number(), comment: z.string(), reviewedAt: z.string() });
export type NoteReview = z.infer<typeof noteReviewWire>;

/** A note with its counts of addenda and reviews. */
export const noteSummaryWire = caseNoteWire.extend({ addendaCount: z.number(), reviewCount: z.number() });
export type NoteSummary = z.infer<typeof noteSummaryWire>;

/** A note on a page of the contact log, with its addenda and reviews (oldest first) to show under it. */
export const noteListRowWire = noteSummaryWire.extend({ addenda: z.array(noteAddendumWire), reviews: z.array(noteReviewWire) });
export type NoteListRow = z.infer<typeof noteListRowWire>;

/** A page of a client's contact log, newest contact first. */
export const notesPageWire = z.object({ rows: z.array(noteListRowWire), total: z.number(), page: z.number(), pageSize: z.number() });
export type NotesPage = z.infer<typeof notesPageWire>;

/** One note with everything attached to it. */
export const noteDetailWire = z.object({
  note: noteSummaryWire,
  /** Oldest first, shown under the note they correct. */
  addenda: z.array(noteAddendumWire),
  reviews: z.array(noteReviewWire),
  drugTests: z.array(drugTestWire),
  violationIds: z.array(z.number()),
});
export type NoteDetail = z.infer<typeof noteDetailWire>;
