import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { courtReportTemplates } from '../../../db/schema';
import { COURT_REPORT_TYPES, type CourtReportType } from '../../api/courtReports/courtReportsCodes';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import type { ReportTemplate, TemplateSection } from '../../api/courtReports/courtReportsSchemas';
import { defaultTemplateSections } from './defaultTemplates';

/** The office's sections for a report type, or the built-in ones until an administrator has edited them. */
export function readTemplate(db: DbExecutor, reportType: CourtReportType): TemplateSection[] {
  return db.select().from(courtReportTemplates).where(eq(courtReportTemplates.reportType, reportType)).get()?.sections ?? defaultTemplateSections(reportType);
}

/** Every report type's template, for the editor and the administration page; no client data, so not audited. */
export const listTemplates = (ctx: ServiceContext): ReportTemplate[] => COURT_REPORT_TYPES.map((reportType) => ({ reportType, sections: readTemplate(ctx.db, reportType) }));

/** Saves a type's sections as the office wants them; reports already made keep the sections they were made with. */
export function updateTemplate(ctx: ServiceContext, input: ReportTemplate): ReportTemplate {
  return ctx.db.transaction((tx) => {
    const at = ctx.clock.now();
    const row = { reportType: input.reportType, sections: input.sections, updatedAt: at.toISOString(), updatedBy: ctx.actor.id };
    tx.insert(courtReportTemplates).values(row).onConflictDoUpdate({ target: courtReportTemplates.reportType, set: row }).run();
    recordAudit(tx, {
      action: 'courtReport.template',
      entity: 'settings',
      entityId: `courtReports.${input.reportType}`,
      detail: `${input.sections.length} sections`,
      actor: ctx.actor,
      ts: at,
    });
    return input;
  });
}
