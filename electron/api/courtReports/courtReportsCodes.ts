/** The courtReports domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const COURT_REPORT_TYPES = ['psi', 'progress', 'violation', 'termination'] as const;
export type CourtReportType = (typeof COURT_REPORT_TYPES)[number];
export const COURT_REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'exported'] as const;
export type CourtReportStatus = (typeof COURT_REPORT_STATUSES)[number];
