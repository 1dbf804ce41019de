import { z } from 'zod';
import { COURT_REPORT_STATUSES, COURT_REPORT_TYPES } from './courtReportsCodes';
import type { ReportSection, ReviewComment } from './courtReportsSchemas';

/** A court report as the renderer reads and edits it: the whole record, its sections and the reviewers' comments. */
export const courtReportWire = z.object({
  id: z.number(),
  clientId: z.number(),
  reportType: z.enum(COURT_REPORT_TYPES),
  status: z.enum(COURT_REPORT_STATUSES),
  version: z.number(),
  previousVersionId: z.number().nullable(),
  /** The period the contacts summary and drug tests cover, both days included. */
  periodStart: z.string(),
  periodEnd: z.string(),
  courtDueDate: z.string().nullable(),
  sections: z.custom<ReportSection[]>(),
  recommendation: z.string(),
  authorId: z.number(),
  submittedAt: z.string().nullable(),
  approvedBy: z.number().nullable(),
  approvedAt: z.string().nullable(),
  reviewComments: z.custom<ReviewComment[]>(),
  /** When the data were last read from the record. */
  prefilledAt: z.string(),
  exportedAt: z.string().nullable(),
  exportedBy: z.number().nullable(),
  /** SHA-256 of the last .docx exported, so a copy on file can be matched to the report. */
  exportHash: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  /** Sent back with an edit of the draft (electron/services/record/editVersions.ts). */
  rowVersion: z.number(),
});
export type CourtReport = z.infer<typeof courtReportWire>;

const about = { clientName: z.string(), caseNumber: z.string(), authorName: z.string() };

/** A report in a list: everything but its text, with whom and what it is about. */
export const courtReportSummaryWire = courtReportWire.omit({ sections: true, reviewComments: true }).extend(about);
export type CourtReportSummary = z.infer<typeof courtReportSummaryWire>;

export const courtReportDetailWire = courtReportWire.extend({
  ...about,
  approverName: z.string(),
  /** Every version of this report, oldest first. */
  versions: z.array(courtReportWire.pick({ id: true, version: true, status: true })),
});
export type CourtReportDetail = z.infer<typeof courtReportDetailWire>;

export const officeReportsWire = z.object({
  mine: z.array(courtReportSummaryWire),
  /** Submitted reports by others, for supervisors and administrators; empty for officers. */
  awaitingReview: z.array(courtReportSummaryWire),
  /** Reports not yet exported that the court expects by a date, on the caseload the user sees. */
  dueDates: z.array(courtReportSummaryWire),
});
export type OfficeReports = z.infer<typeof officeReportsWire>;

/** A report type's sections as the office has them (the editing rules are reportTemplateSchema's). */
export const reportTemplateWire = z.object({
  reportType: z.enum(COURT_REPORT_TYPES),
  sections: z.array(z.object({ key: z.string(), title: z.string(), guidance: z.string(), boilerplate: z.string() })),
});
