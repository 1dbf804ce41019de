import dayjs from 'dayjs';
import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { appointments, users, type UserRow } from '../../db/schema';
import type { ServiceContext } from '../../electron/services/context';
import { listAppointments } from '../../electron/services/schedule/appointmentReads';
import { scheduleDashboard } from '../../electron/services/schedule/dashboard';
import { dashboardInputSchema, listAppointmentsInputSchema } from '../../electron/services/schedule/scheduleSchemas';
import { ISO_DATE_FORMAT } from '../../electron/services/shared/fieldSchemas';
import type { Operation } from './caseRecordOps';

/** The staff member of a role with the most appointments (the busiest calendar), else the first one. */
function busiest(db: AppDb, role: UserRow['role']): UserRow {
  const held = sql`(select count(*) from ${appointments} where ${appointments.officerId} = ${users.id})`;
  return db.select().from(users).where(sql`${users.role} = ${role}`).orderBy(sql`${held} desc`, users.id).limit(1).get()!;
}

/**
 * The calendar's week view (this week, as the calendar asks for it) and the schedule dashboard: for the officer
 * with the busiest calendar, and for a supervisor's whole team.
 */
export function scheduleOperations(db: AppDb): Operation[] {
  const officer = busiest(db, 'officer');
  const supervisor = busiest(db, 'supervisor');
  const as = (actor: UserRow, ctx: ServiceContext): ServiceContext => ({ ...ctx, actor });
  const week = { from: dayjs().startOf('week').format(ISO_DATE_FORMAT), to: dayjs().endOf('week').format(ISO_DATE_FORMAT) };
  const officerWeek = listAppointmentsInputSchema.parse({ scope: 'mine', ...week });
  const teamWeek = listAppointmentsInputSchema.parse({ scope: 'team', ...week });
  const total = db.get<{ n: number }>(sql`select count(*) as n from ${appointments}`).n;
  return [
    [`calendar: officer's week (${total.toLocaleString('en-US')} appointments in the office)`, (ctx) => listAppointments(as(officer, ctx), officerWeek)],
    ["calendar: supervisor's team week", (ctx) => listAppointments(as(supervisor, ctx), teamWeek)],
    ['schedule dashboard: officer', (ctx) => scheduleDashboard(as(officer, ctx), dashboardInputSchema.parse({}))],
    ['schedule dashboard: supervisor, team', (ctx) => scheduleDashboard(as(supervisor, ctx), dashboardInputSchema.parse({ scope: 'team' }))],
  ];
}
