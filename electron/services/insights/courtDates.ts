import { and, asc, eq, gte, inArray, isNotNull, lt, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { appointments, clients, courtReports } from '../../../db/schema';
import { type CourtReportStatus } from '../../api/courtReports/courtReportsCodes';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { selectAppointmentViews } from '../schedule/appointmentViews';
import type { CourtDates } from '../../api/insights/insightsWire';
import { COURT_HEARING_DAYS } from '../schedule/dashboard';
import { addDays, dayStartUtc } from '../schedule/officeTime';

/** Reports still with the officer or their supervisor; approved and exported ones are done. */
const IN_PROGRESS: CourtReportStatus[] = ['draft', 'submitted', 'returned'];

/** The signed-in user's court reports with a due date not yet approved (the overdue first), and their hearings ahead. */
export function courtDates(ctx: ServiceContext): CourtDates {
  const me = ctx.actor.id;
  const zone = ctx.clock.timeZone();
  const now = ctx.clock.now();
  const today = ctx.clock.today();
  const newer = alias(courtReports, 'newer');
  return ctx.db.transaction((tx) => {
    const reportsDue = tx
      .select({
        reportId: courtReports.id,
        reportType: courtReports.reportType,
        status: courtReports.status,
        courtDueDate: sql<string>`${courtReports.courtDueDate}`,
        clientId: clients.id,
        clientName: sql<string>`${clients.firstName} || ' ' || ${clients.lastName}`,
        caseNumber: clients.caseNumber,
      })
      .from(courtReports)
      .innerJoin(clients, eq(clients.id, courtReports.clientId))
      .where(
        and(
          or(eq(courtReports.authorId, me), eq(clients.assignedOfficerId, me)),
          inArray(courtReports.status, IN_PROGRESS),
          isNotNull(courtReports.courtDueDate),
          notExists(tx.select({ id: newer.id }).from(newer).where(eq(newer.previousVersionId, courtReports.id))),
        ),
      )
      .orderBy(asc(courtReports.courtDueDate), asc(courtReports.id))
      .limit(50)
      .all()
      .map((r) => ({ ...r, overdue: r.courtDueDate < today }));
    const hearings = selectAppointmentViews(
      tx,
      and(
        eq(appointments.officerId, me),
        eq(appointments.type, 'court_hearing'),
        eq(appointments.status, 'scheduled'),
        gte(appointments.startAt, dayStartUtc(today, zone)),
        lt(appointments.startAt, dayStartUtc(addDays(today, COURT_HEARING_DAYS + 1), zone)),
      ),
      zone,
    );
    recordAudit(tx, { action: 'insights.courtDates', entity: 'insights', detail: `${reportsDue.length} report(s) due, ${hearings.length} hearing(s)`, actor: ctx.actor, ts: now });
    return { today, reportsDue, hearings };
  });
}
