import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { courtCases, courtReports, users, type CourtReportRow } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import { requireClientAccess } from '../record/caseloadAccess';
import { requireRow } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import { packReport } from '../reports/docx/reportDocument';
import { docxFile } from '../reports/exportedFile';
import type { ExportedFile } from '../../api/reports/reportsWire';
import { fullName } from '../../api/format/names';
import { readSetting } from '../settings/settings';
import { courtReportDocument, type CourtReportMeta } from './courtReportDocument';
import { reportRef } from './courtReports';
import { requireApproved } from './reportRules';

function signatory(db: DbExecutor, userId: number) {
  const user = db.select({ name: users.fullName, title: users.title }).from(users).where(eq(users.id, userId)).get();
  return { name: user?.name ?? '', title: user?.title ?? '' };
}

function reportMeta(db: DbExecutor, report: CourtReportRow, clientName: string, caseNumber: string): CourtReportMeta {
  const cases = db
    .select({ docket: courtCases.docketNumber, court: courtCases.court })
    .from(courtCases)
    .where(eq(courtCases.clientId, report.clientId))
    .orderBy(asc(courtCases.id))
    .all();
  return {
    office: readSetting(db, 'office'),
    clientName,
    caseNumber,
    docketNumbers: cases.map((c) => c.docket),
    courts: [...new Set(cases.map((c) => c.court))],
    author: signatory(db, report.authorId),
    approver: report.approvedBy === null ? null : signatory(db, report.approvedBy),
    reportDate: new Date(report.approvedAt ?? report.createdAt),
  };
}

/**
 * An approved report as a .docx, printed from the sections as approved (not the record as it is now). Whoever
 * may read the client may export it; the export, its file's SHA-256 and the new status are written and audited
 * together once the file is made.
 */
export async function exportCourtReport(ctx: ServiceContext, reportId: number): Promise<ExportedFile> {
  const { table, what, field } = reportRef(reportId);
  const report = requireRow(ctx.db, table, reportId, what, field);
  const client = requireClientAccess(ctx, report.clientId, field);
  requireApproved(report, 'be exported');
  const bytes = await packReport(courtReportDocument(report, reportMeta(ctx.db, report, fullName(client), client.caseNumber)), readSetting(ctx.db, 'office').paperSize);
  const exportHash = createHash('sha256').update(bytes).digest('hex');
  ctx.db.transaction((tx) => {
    const at = ctx.clock.now();
    tx.update(courtReports)
      .set({ status: 'exported', exportedAt: at.toISOString(), exportedBy: ctx.actor.id, exportHash, updatedAt: at.toISOString() })
      .where(eq(courtReports.id, report.id))
      .run();
    recordAudit(tx, {
      action: 'courtReport.export',
      entity: 'client',
      entityId: client.id,
      detail: `report ${report.id}; ${report.reportType} v${report.version}; sha256 ${exportHash}`,
      actor: ctx.actor,
      ts: at,
    });
  });
  return docxFile(`${report.reportType}-report-${client.caseNumber}-v${report.version}`, bytes);
}
