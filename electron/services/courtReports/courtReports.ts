import { eq } from 'drizzle-orm';
import type { DbTx } from '../../../db/open';
import { courtReports, type CourtReportRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { readClientRecord } from '../record/clientLookup';
import { writeForClient, writeOnEntry } from '../record/auditedReadWrite';
import { nextVersion, requireVersion } from '../record/editVersions';
import type { ServiceContext } from '../context';
import { RECOMMENDATION_KEY, type CreateReportInput, type ReportSection, type UpdateReportInput } from '../../api/courtReports/courtReportsSchemas';
import { readReportRecord } from './reportRecord';
import { requireEditable } from './reportRules';
import { readTemplate } from './reportTemplates';
import { prefillSection } from './sectionPrefill';

export const reportRef = (reportId: number) => ({ table: courtReports, id: reportId, what: 'report', field: 'reportId' });

/** A new draft for the client: the office's sections for the type, their boilerplate, and the data from the record. */
export function createReport(ctx: ServiceContext, input: CreateReportInput): CourtReportRow {
  return writeForClient(ctx, {
    clientId: input.clientId,
    action: 'courtReport.create',
    write: (tx, client, at) => {
      const record = readReportRecord(tx, client, input);
      const template = readTemplate(tx, input.reportType);
      const sections: ReportSection[] = template.map(({ key, title, guidance, boilerplate }) => ({
        key,
        title,
        guidance,
        narrative: key === RECOMMENDATION_KEY ? '' : boilerplate,
        data: prefillSection(key, record, input.reportType),
      }));
      const recommendation = template.find((s) => s.key === RECOMMENDATION_KEY)?.boilerplate ?? '';
      const row = tx
        .insert(courtReports)
        .values({ ...input, sections, recommendation, authorId: ctx.actor.id, prefilledAt: at.toISOString(), createdAt: at.toISOString() })
        .returning()
        .get();
      return { value: row, detail: `report ${row.id}; ${row.reportType}; ${row.periodStart}..${row.periodEnd}` };
    },
  });
}

/** Every save of a draft is a new version of it, so an edit made on the one before is refused (editVersions.ts). */
const save = (tx: DbTx, id: number, values: Partial<CourtReportRow>) =>
  tx
    .update(courtReports)
    .set({ ...values, rowVersion: nextVersion(courtReports.rowVersion) })
    .where(eq(courtReports.id, id))
    .returning()
    .get();

/** The author's text for the narrative sections, the recommendation and the court's due date. */
export function updateReport(ctx: ServiceContext, input: UpdateReportInput): CourtReportRow {
  return writeOnEntry(ctx, reportRef(input.reportId), 'courtReport.update', (tx, report, at) => {
    requireEditable(ctx.actor, report);
    requireVersion(tx, ctx, report, input.version, 'This report draft');
    for (const key of Object.keys(input.narratives)) {
      if (!report.sections.some((s) => s.key === key)) throw new AppError('VALIDATION', `This report has no section "${key}".`, `narratives.${key}`);
    }
    const sections = report.sections.map((s) => ({ ...s, narrative: input.narratives[s.key] ?? s.narrative }));
    const row = save(tx, report.id, { sections, recommendation: input.recommendation, courtDueDate: input.courtDueDate, updatedAt: at.toISOString(), updatedBy: ctx.actor.id });
    return { value: row, detail: `report ${row.id}; ${Object.keys(input.narratives).length} section(s)` };
  });
}

/** Re-reads the record into every section's data, keeping what the officer wrote. */
export function refreshReport(ctx: ServiceContext, reportId: number): CourtReportRow {
  return writeOnEntry(ctx, reportRef(reportId), 'courtReport.refresh', (tx, report, at) => {
    requireEditable(ctx.actor, report);
    const record = readReportRecord(tx, readClientRecord(tx, report.clientId), report);
    const sections = report.sections.map((s) => ({ ...s, data: prefillSection(s.key, record, report.reportType) }));
    const row = save(tx, report.id, { sections, prefilledAt: at.toISOString(), updatedAt: at.toISOString() });
    return { value: row, detail: `report ${row.id}; refreshed from the record` };
  });
}
