import { z } from 'zod';
import { CONTACT_TYPES } from '../caseNotes/caseNotesCodes';
import { courtReportSummaryWire } from '../courtReports/courtReportsWire';

export const noteAwaitingReviewWire = z.object({
  id: z.number(),
  clientId: z.number(),
  clientName: z.string(),
  caseNumber: z.string(),
  contactType: z.enum(CONTACT_TYPES),
  contactAt: z.string(),
  authorName: z.string(),
  signedAt: z.string(),
});
export type NoteAwaitingReview = z.infer<typeof noteAwaitingReviewWire>;

export const reviewQueueWire = z.object({
  /** Signed notes of the reviewer's team that no supervisor has reviewed, oldest signature first. */
  notes: z.array(noteAwaitingReviewWire),
  notesTotal: z.number(),
  /** Reports submitted by others, oldest submission first. */
  reports: z.array(courtReportSummaryWire),
  reportsTotal: z.number(),
});
export type ReviewQueue = z.infer<typeof reviewQueueWire>;
