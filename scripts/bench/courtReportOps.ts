import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { clients, users } from '../../db/schema';
import type { ServiceContext } from '../../electron/services/context';
import { createReport, refreshReport, updateReport } from '../../electron/services/courtReports/courtReports';
import { exportCourtReport } from '../../electron/services/courtReports/reportExport';
import { approveReport, submitReport } from '../../electron/services/courtReports/reportWorkflow';
import { today } from '../../electron/api/shared/fieldSchemas';
import { operation, type Operation } from './operations';

/** The client with the fewest contacts among those with at least 200 (else the most), as the PSI benchmark asks. */
function clientWithContacts(db: AppDb): { clientId: number; contacts: number } {
  const counts = sql`select client_id as "clientId", count(*) as contacts from case_notes group by client_id`;
  return (
    db.get<{ clientId: number; contacts: number } | undefined>(sql`select * from (${counts}) where contacts >= 200 order by contacts limit 1`) ??
    db.get(sql`select * from (${counts}) order by contacts desc limit 1`)
  );
}

/**
 * A PSI for the client in one database (the encrypted office or its plain copy): an approved one to export, and a
 * draft to refresh from the record, written by the administrator and approved by a supervisor.
 */
function preparePsi(ctx: ServiceContext, clientId: number) {
  const { supervisionStartDate } = ctx.db
    .select({ supervisionStartDate: clients.supervisionStartDate })
    .from(clients)
    .where(sql`${clients.id} = ${clientId}`)
    .get()!;
  const input = { clientId, reportType: 'psi' as const, periodStart: supervisionStartDate, periodEnd: today(), courtDueDate: null };
  const approved = createReport(ctx, input);
  updateReport(ctx, { reportId: approved.id, narratives: {}, recommendation: 'Probation for 24 months with the conditions proposed.', courtDueDate: null });
  submitReport(ctx, approved.id);
  const supervisor = ctx.db
    .select()
    .from(users)
    .where(sql`${users.role} = 'supervisor'`)
    .limit(1)
    .get()!;
  approveReport({ ...ctx, actor: supervisor }, { reportId: approved.id, comment: '' });
  return { approvedId: approved.id, draftId: createReport(ctx, input).id };
}

/** Court reports on the client with 200 contacts: re-reading the record into a PSI, and exporting an approved PSI as .docx. */
export function courtReportOperations(contexts: ServiceContext[]): Operation[] {
  const { clientId, contacts } = clientWithContacts(contexts[0].db);
  const [report, ...others] = contexts.map((ctx) => preparePsi(ctx, clientId));
  // The renderer names a report by id, so each copy of the office must have given its reports the same ids.
  if (others.some((other) => other.approvedId !== report.approvedId || other.draftId !== report.draftId))
    throw new Error('The PSIs got different ids in the two copies of the office.');
  return [
    operation(
      `court report: PSI pre-fill from the record, client with ${contacts} contacts`,
      'courtReports.refresh',
      () => ({ reportId: report.draftId }),
      (ctx, input) => refreshReport(ctx, input.reportId),
    ),
    operation(
      'court report: export the approved PSI as .docx',
      'courtReports.export',
      () => ({ reportId: report.approvedId }),
      (ctx, input) => exportCourtReport(ctx, input.reportId),
    ),
  ];
}
