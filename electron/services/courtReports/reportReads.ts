import { and, asc, desc, eq, getTableColumns, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { clients, courtReports, users, type CourtReportRow } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import { seesWholeOffice } from '../record/caseloadAccess';
import { officerName } from '../record/clientLookup';
import { readEntry, readForClient } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import { fullName } from '../../api/format/names';
import { reportRef } from './courtReports';
import type { CourtReportDetail, CourtReportSummary, OfficeReports } from '../../api/courtReports/courtReportsWire';

const { sections: _sections, reviewComments: _comments, ...summaryColumns } = getTableColumns(courtReports);

export function summaries(db: DbExecutor, where: SQL | undefined, order: SQL[], limit = 200): CourtReportSummary[] {
  return db
    .select({
      report: summaryColumns,
      client: { firstName: clients.firstName, middleName: clients.middleName, lastName: clients.lastName, suffix: clients.suffix, caseNumber: clients.caseNumber },
      authorName: users.fullName,
    })
    .from(courtReports)
    .innerJoin(clients, eq(clients.id, courtReports.clientId))
    .innerJoin(users, eq(users.id, courtReports.authorId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .all()
    .map(({ report, client, authorName }) => ({ ...report, clientName: fullName(client), caseNumber: client.caseNumber, authorName }));
}

const newestFirst = [desc(courtReports.createdAt), desc(courtReports.id)];
/** Reports without a due date go last. */
const dueFirst = [sql`${courtReports.courtDueDate} is null`, asc(courtReports.courtDueDate), asc(courtReports.id)];

export const listClientReports = (ctx: ServiceContext, clientId: number) =>
  readForClient(ctx, clientId, 'court reports', (tx) => summaries(tx, eq(courtReports.clientId, clientId), newestFirst));

export function officeReports(ctx: ServiceContext): OfficeReports {
  const { actor } = ctx;
  return ctx.db.transaction((tx) => {
    const reviewer = seesWholeOffice(actor);
    const visible = reviewer ? undefined : or(eq(clients.assignedOfficerId, actor.id), eq(courtReports.authorId, actor.id));
    const lists = {
      mine: summaries(tx, eq(courtReports.authorId, actor.id), newestFirst),
      awaitingReview: reviewer ? summaries(tx, and(eq(courtReports.status, 'submitted'), ne(courtReports.authorId, actor.id)), dueFirst) : [],
      dueDates: summaries(tx, and(isNotNull(courtReports.courtDueDate), ne(courtReports.status, 'exported'), visible), dueFirst, 100),
    };
    const detail = `mine ${lists.mine.length}, awaiting review ${lists.awaitingReview.length}, due ${lists.dueDates.length}`;
    recordAudit(tx, { action: 'courtReport.list', entity: 'courtReport', detail, actor, ts: ctx.clock.now() });
    return lists;
  });
}

/** The versions linked to `report` through previous_version_id, both ways. */
function versionChain(db: DbExecutor, report: CourtReportRow): CourtReportDetail['versions'] {
  const siblings = db
    .select({ id: courtReports.id, version: courtReports.version, status: courtReports.status, previousVersionId: courtReports.previousVersionId })
    .from(courtReports)
    .where(and(eq(courtReports.clientId, report.clientId), eq(courtReports.reportType, report.reportType)))
    .all();
  const byId = new Map(siblings.map((s) => [s.id, s]));
  let root = byId.get(report.id)!;
  while (root.previousVersionId !== null && byId.has(root.previousVersionId)) root = byId.get(root.previousVersionId)!;
  const chain = [root];
  for (let next = siblings.find((s) => s.previousVersionId === root.id); next; next = siblings.find((s) => s.previousVersionId === chain.at(-1)!.id)) chain.push(next);
  return chain.map(({ id, version, status }) => ({ id, version, status }));
}

export function getReport(ctx: ServiceContext, reportId: number): CourtReportDetail {
  return readEntry(ctx, reportRef(reportId), (tx) => {
    const report = tx.select().from(courtReports).where(eq(courtReports.id, reportId)).get()!;
    const client = tx.select().from(clients).where(eq(clients.id, report.clientId)).get()!;
    return {
      ...report,
      clientName: fullName(client),
      caseNumber: client.caseNumber,
      authorName: officerName(tx, report.authorId),
      approverName: report.approvedBy === null ? '' : officerName(tx, report.approvedBy),
      versions: versionChain(tx, report),
    };
  });
}
