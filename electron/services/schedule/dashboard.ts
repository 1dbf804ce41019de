import { and, eq, gte, inArray, lt, min, ne } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { appointments, clients, users } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import { clientStandings, STANDARDS_APPLY_TO } from '../contactStandards/clientStandings';
import type { ContactStanding } from '../../api/contactStandards/contactStandardsWire';
import type { ServiceContext } from '../context';
import { overlappingDates } from './appointmentReads';
import { selectAppointmentViews } from './appointmentViews';
import type { ClientDue, ScheduleDashboard } from '../../api/schedule/scheduleWire';
import { addDays, dayStartUtc, utcToZoned } from './officeTime';
import { officersInScope } from './scheduleAccess';
import type { ScheduleScope } from '../../api/schedule/scheduleSchemas';

/** Court hearings this many days ahead show on the dashboard. */
export const COURT_HEARING_DAYS = 30;
/** "Due this week": a next due date within this many days from today. */
export const DUE_THIS_WEEK_DAYS = 7;
/** The longest list of past appointments without an outcome the dashboard shows (the oldest first). */
const OUTCOMES_LIMIT = 200;

function clientsDue(tx: DbExecutor, officerIds: number[], now: Date, zone: string, today: string) {
  const caseload = tx
    .select({
      id: clients.id,
      caseNumber: clients.caseNumber,
      firstName: clients.firstName,
      lastName: clients.lastName,
      supervisionLevel: clients.supervisionLevel,
      assignedOfficerId: clients.assignedOfficerId,
      officerName: users.fullName,
    })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.assignedOfficerId))
    .where(and(inArray(clients.assignedOfficerId, officerIds), inArray(clients.status, STANDARDS_APPLY_TO)))
    .all();
  const ids = caseload.map((c) => c.id);
  const standings = clientStandings(tx, ids, now);
  const next = new Map(
    (ids.length === 0
      ? []
      : tx
          .select({ clientId: appointments.clientId, startAt: min(appointments.startAt) })
          .from(appointments)
          .where(and(inArray(appointments.clientId, ids), eq(appointments.status, 'scheduled'), gte(appointments.startAt, now.toISOString())))
          .groupBy(appointments.clientId)
          .all()
    ).map((row) => [row.clientId, row.startAt]),
  );
  const weekEnd = addDays(today, DUE_THIS_WEEK_DAYS);
  // Only clients on one of the two lists are shown, so only theirs get the (costly) local time of the next appointment.
  const entries: ClientDue[] = caseload
    .map((client) => ({ client, standing: standings.get(client.id) }))
    .filter((e): e is { client: (typeof caseload)[number]; standing: ContactStanding } => e.standing !== undefined)
    .filter(({ standing }) => standing.status === 'overdue' || (standing.nextDueOn !== null && standing.nextDueOn <= weekEnd))
    .sort((a, b) => (a.standing.nextDueOn ?? '9999').localeCompare(b.standing.nextDueOn ?? '9999'))
    .map(({ client, standing }) => {
      const startAt = next.get(client.id);
      return { client, standing, nextAppointmentLocal: startAt ? utcToZoned(startAt, zone) : null };
    });
  return {
    overdueContacts: entries.filter((e) => e.standing.status === 'overdue'),
    dueThisWeek: entries.filter((e) => e.standing.status !== 'overdue'),
  };
}

/** What an officer (or a supervisor's team, or one officer) needs to see first: today, who is due, what is left to record. */
export function scheduleDashboard(ctx: ServiceContext, scope: ScheduleScope): ScheduleDashboard {
  const officerIds = officersInScope(ctx, scope);
  const zone = ctx.clock.timeZone();
  const now = ctx.clock.now();
  const today = ctx.clock.today();
  const mine = inArray(appointments.officerId, officerIds);
  return ctx.db.transaction((tx) => {
    const todays = selectAppointmentViews(tx, and(mine, overlappingDates(today, today, zone), ne(appointments.status, 'cancelled')), zone);
    const outcomesToRecord = selectAppointmentViews(tx, and(mine, eq(appointments.status, 'scheduled'), lt(appointments.startAt, dayStartUtc(today, zone))), zone, OUTCOMES_LIMIT);
    const upcomingCourtHearings = selectAppointmentViews(
      tx,
      and(
        mine,
        eq(appointments.type, 'court_hearing'),
        eq(appointments.status, 'scheduled'),
        gte(appointments.startAt, now.toISOString()),
        lt(appointments.startAt, dayStartUtc(addDays(today, COURT_HEARING_DAYS + 1), zone)),
      ),
      zone,
    );
    const due = clientsDue(tx, officerIds, now, zone, today);
    recordAudit(tx, {
      action: 'schedule.dashboard',
      entity: 'appointment',
      detail: `scope ${scope.scope}; ${todays.length} today, ${due.overdueContacts.length} overdue, ${due.dueThisWeek.length} due, ${outcomesToRecord.length} to record, ${upcomingCourtHearings.length} hearings`,
      actor: ctx.actor,
      ts: now,
    });
    return { today, todays, ...due, outcomesToRecord, upcomingCourtHearings };
  });
}
