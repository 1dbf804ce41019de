import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { clientRef } from './clients';
import { userRef, users } from './users';
import { COURT_REPORT_STATUSES, COURT_REPORT_TYPES } from '../../electron/api/courtReports/courtReportsCodes';
import { type ReportSection, type ReviewComment, type TemplateSection } from '../../electron/api/courtReports/courtReportsSchemas';
import { createdAt, rowVersion } from './columns';

/*
 * Court reports (issue 6). A report's sections are kept as written (JSON: titles, the officer's text and the data
 * pre-filled from the record), so an approved report stays exactly as approved whatever changes in the record later;
 * changing it takes a new version (previous_version_id). Migration 0006 adds triggers that lock approved reports.
 */

/** The office's own version of a report type's sections; a type without a row uses the built-in defaults. */
export const courtReportTemplates = sqliteTable('court_report_templates', {
  reportType: text('report_type', { enum: COURT_REPORT_TYPES }).primaryKey(),
  sections: text('sections', { mode: 'json' }).notNull().$type<TemplateSection[]>(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: userRef('updated_by'),
});

export const courtReports = sqliteTable(
  'court_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    reportType: text('report_type', { enum: COURT_REPORT_TYPES }).notNull(),
    status: text('status', { enum: COURT_REPORT_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    previousVersionId: integer('previous_version_id').references((): AnySQLiteColumn => courtReports.id),
    /** The period the contacts summary and drug tests cover, both days included. */
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    courtDueDate: text('court_due_date'),
    sections: text('sections', { mode: 'json' }).notNull().$type<ReportSection[]>(),
    recommendation: text('recommendation').notNull().default(''),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    submittedAt: text('submitted_at'),
    approvedBy: userRef('approved_by'),
    approvedAt: text('approved_at'),
    reviewComments: text('review_comments', { mode: 'json' })
      .notNull()
      .$type<ReviewComment[]>()
      .default(sql`'[]'`),
    /** When the data were last read from the record. */
    prefilledAt: text('prefilled_at').notNull(),
    exportedAt: text('exported_at'),
    exportedBy: userRef('exported_by'),
    /** SHA-256 of the last .docx exported, so a copy on file can be matched to the report. */
    exportHash: text('export_hash'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
    updatedBy: userRef('updated_by'),
    rowVersion: rowVersion(),
  },
  (t) => [
    index('court_reports_client').on(t.clientId, t.reportType),
    index('court_reports_author_status').on(t.authorId, t.status),
    index('court_reports_status_due').on(t.status, t.courtDueDate),
    index('court_reports_previous').on(t.previousVersionId),
  ],
);

export type CourtReportTemplateRow = typeof courtReportTemplates.$inferSelect;

export type CourtReportRow = typeof courtReports.$inferSelect;
