import { and, eq, gte, inArray, lt, min, ne } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { appointments, clients, users } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import { standingsOf, STANDARDS_APPLY_TO, supervisedClientColumns } from '../contactStandards/clientStandings';
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

/** Each client's next scheduled appointment from now on, as its UTC start. */
function nextAppointments(tx: DbExecutor, clientIds: number[], now: Date): Map<number, string | null> {
  if (clientIds.length === 0) return new Map();
  const rows = tx
    .select({ clientId: appointments.clientId, startAt: min(appointments.startAt) })
    .from(appointments)
    .where(and(inArray(appointments.clientId, clientIds), eq(appointments.status, 'scheduled'), gte(appointments.startAt, now.toISOString())))
    .groupBy(appointments.clientId)
    .all();
  return new Map(rows.map((row) => [row.clientId as number, row.startAt]));
}

function clientsDue(tx: DbExecutor, officerIds: number[], now: Date, zone: string, today: string) {
  const caseload = tx
    .select({
      ...supervisedClientColumns,
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
  // The standing is evaluated from the rows just read; only the listed clients' next appointments are looked up.
  const standings = standingsOf(tx, caseload, now);
  const weekEnd = addDays(today, DUE_THIS_WEEK_DAYS);
  const listed = caseload
    .map(({ id, caseNumber, firstName, lastName, supervisionLevel, assignedOfficerId, officerName }) => ({
      client: { id, caseNumber, firstName, lastName, supervisionLevel, assignedOfficerId, officerName },
      standing: standings.get(id),
    }))
    .filter((e): e is { client: ClientDue['client']; standing: ContactStanding } => e.standing !== undefined)
    .filter(({ standing }) => standing.status === 'overdue' || (standing.nextDueOn !== null && standing.nextDueOn <= weekEnd))
    .sort((a, b) => (a.standing.nextDueOn ?? '9999').localeCompare(b.standing.nextDueOn ?? '9999'));
  const next = nextAppointments(
    tx,
    listed.map((e) => e.client.id),
    now,
  );
  const entries: ClientDue[] = listed.map(({ client, standing }) => {
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
