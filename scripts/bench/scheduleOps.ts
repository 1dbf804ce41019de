import dayjs from 'dayjs';
import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { appointments, users, type UserRow } from '../../db/schema';
import { listAppointments } from '../../electron/services/schedule/appointmentReads';
import { scheduleDashboard } from '../../electron/services/schedule/dashboard';
import { ISO_DATE_FORMAT } from '../../electron/api/shared/fieldSchemas';
import { operation, type Operation } from './operations';

/** The staff member of a role with the most appointments (the busiest calendar), else the first one. */
export function busiest(db: AppDb, role: UserRow['role']): UserRow {
  const held = sql`(select count(*) from ${appointments} where ${appointments.officerId} = ${users.id})`;
  return db
    .select()
    .from(users)
    .where(sql`${users.role} = ${role}`)
    .orderBy(sql`${held} desc`, users.id)
    .limit(1)
    .get()!;
}

/**
 * The calendar's week view (this week, as the calendar asks for it) and the schedule dashboard: for the officer
 * with the busiest calendar, and for a supervisor's whole team.
 */
export function scheduleOperations(db: AppDb): Operation[] {
  const officer = busiest(db, 'officer');
  const supervisor = busiest(db, 'supervisor');
  const week = { from: dayjs().startOf('week').format(ISO_DATE_FORMAT), to: dayjs().endOf('week').format(ISO_DATE_FORMAT) };
  const total = db.get<{ n: number }>(sql`select count(*) as n from ${appointments}`).n;
  return [
    operation(
      `calendar: officer's week (${total.toLocaleString('en-US')} appointments in the office)`,
      'appointments.list',
      () => ({ scope: 'mine', ...week }),
      listAppointments,
      officer,
    ),
    operation("calendar: supervisor's team week", 'appointments.list', () => ({ scope: 'team', ...week }), listAppointments, supervisor),
    operation('schedule dashboard: officer', 'schedule.dashboard', () => ({}), scheduleDashboard, officer),
    operation('schedule dashboard: supervisor, team', 'schedule.dashboard', () => ({ scope: 'team' }), scheduleDashboard, supervisor),
  ];
}
