import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { courtReports, type CourtReportRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { writeOnEntry } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import { reportRef } from './courtReports';
import type { approveReportInputSchema, returnReportInputSchema, ReviewComment } from '../../api/courtReports/courtReportsSchemas';
import { requireApproved, requireEditable, requireReviewable } from './reportRules';

/** draft or returned → submitted (author) → returned or approved (another supervisor) → exported; a new version starts a new draft. */

export function submitReport(ctx: ServiceContext, reportId: number): CourtReportRow {
  return writeOnEntry(ctx, reportRef(reportId), 'courtReport.submit', (tx, report, at) => {
    requireEditable(ctx.actor, report);
    if (!report.recommendation.trim()) throw new AppError('VALIDATION', 'Write the recommendation before submitting the report.', 'recommendation');
    const row = tx
      .update(courtReports)
      .set({ status: 'submitted', submittedAt: at.toISOString(), updatedAt: at.toISOString() })
      .where(eq(courtReports.id, report.id))
      .returning()
      .get();
    return { value: row, detail: `report ${row.id}; ${report.status} → submitted` };
  });
}

function review(ctx: ServiceContext, reportId: number, action: ReviewComment['action'], comment: string): CourtReportRow {
  return writeOnEntry(ctx, reportRef(reportId), `courtReport.${action === 'returned' ? 'return' : 'approve'}`, (tx, report, at) => {
    requireReviewable(ctx.actor, report);
    const stamp = at.toISOString();
    const reviewComments = [...report.reviewComments, { at: stamp, byId: ctx.actor.id, byName: ctx.actor.fullName, action, comment }];
    const decision = action === 'approved' ? { status: 'approved' as const, approvedBy: ctx.actor.id, approvedAt: stamp } : { status: 'returned' as const };
    const row = tx
      .update(courtReports)
      .set({ ...decision, reviewComments, updatedAt: stamp })
      .where(eq(courtReports.id, report.id))
      .returning()
      .get();
    return { value: row, detail: `report ${row.id}; submitted → ${row.status}` };
  });
}

export const returnReport = (ctx: ServiceContext, input: z.infer<typeof returnReportInputSchema>) => review(ctx, input.reportId, 'returned', input.comment);
export const approveReport = (ctx: ServiceContext, input: z.infer<typeof approveReportInputSchema>) => review(ctx, input.reportId, 'approved', input.comment);

/** A draft copy of an approved report, one version up, for changes the approved one cannot take. */
export function newReportVersion(ctx: ServiceContext, reportId: number): CourtReportRow {
  return writeOnEntry(ctx, reportRef(reportId), 'courtReport.newVersion', (tx, report, at) => {
    requireApproved(report, 'get a new version (change this one directly)');
    const later = tx.select({ version: courtReports.version }).from(courtReports).where(eq(courtReports.previousVersionId, report.id)).get();
    if (later) throw new AppError('CONFLICT', `Version ${later.version} of this report already exists; open it instead.`, 'reportId');
    const stamp = at.toISOString();
    const row = tx
      .insert(courtReports)
      .values({
        clientId: report.clientId,
        reportType: report.reportType,
        version: report.version + 1,
        previousVersionId: report.id,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        courtDueDate: report.courtDueDate,
        sections: report.sections,
        recommendation: report.recommendation,
        authorId: ctx.actor.id,
        prefilledAt: report.prefilledAt,
        createdAt: stamp,
      })
      .returning()
      .get();
    return { value: row, detail: `report ${row.id}; version ${row.version} of report ${report.id}` };
  });
}
