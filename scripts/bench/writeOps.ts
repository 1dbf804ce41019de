import dayjs from 'dayjs';
import { and, asc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { appointments, clients, type UserRow } from '../../db/schema';
import { createNote } from '../../electron/services/caseNotes/noteDrafts';
import { createAppointment } from '../../electron/services/schedule/appointmentBooking';
import { setOutcome } from '../../electron/services/schedule/outcomes';
import { LOCAL_DATE_TIME_FORMAT } from '../../electron/api/shared/fieldSchemas';
import { operation, type Operation } from './operations';

/** Weekly check-ins for half a year: the recurring series the issue times. */
const SERIES_LENGTH = 26;
const NARRATIVE =
  'Client reported to the office on time. Discussed employment at the warehouse, which continues full time, and ' +
  'the outpatient program, attended twice this week per the counselor. Reviewed the conditions of supervision and ' +
  'the payment plan; restitution is current. No new police contact reported. Next office visit in two weeks.';

/** Past appointments of the officer's own clients whose outcome can be recorded again (each run corrects another one). */
function outcomePool(db: AppDb, officer: UserRow, needed: number): number[] {
  const ids = db
    .select({ id: appointments.id })
    .from(appointments)
    .innerJoin(clients, eq(clients.id, appointments.clientId))
    .where(
      and(
        eq(appointments.officerId, officer.id),
        eq(clients.assignedOfficerId, officer.id),
        isNotNull(appointments.outcome),
        isNull(appointments.noteId),
        ne(appointments.type, 'other'),
        sql`${appointments.startAt} < ${new Date().toISOString()}`,
      ),
    )
    .orderBy(asc(appointments.id))
    .limit(needed)
    .all()
    .map((row) => row.id);
  if (ids.length < needed) throw new Error(`The officer has ${ids.length} past appointments to record an outcome on; the bench needs ${needed}.`);
  return ids;
}

/**
 * Writes at scale, each one transaction with its FTS triggers and audit rows, as the officer with the busiest
 * calendar makes them on their own clients: saving and signing a note, booking a weekly series of 26 check-ins,
 * and recording an appointment's outcome (which drafts its note). `runs` is how many calls each will get in all.
 */
export function writeOperations(db: AppDb, officer: UserRow, runs: number): Operation[] {
  const own = db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.assignedOfficerId, officer.id), ne(clients.status, 'closed')))
    .orderBy(asc(clients.id))
    .all();
  const client = (i: number) => own[i % own.length].id;
  const outcomes = outcomePool(db, officer, runs);
  const contactAt = dayjs().subtract(1, 'hour').format(LOCAL_DATE_TIME_FORMAT);
  // Each series on its own evening slot of a day far enough ahead that the seeded calendar is empty there.
  const seriesStart = (i: number) =>
    dayjs()
      .add(120 + (i % 200), 'day')
      .hour(17)
      .minute((i * 5) % 60);
  return [
    operation(
      'write: save and sign a case note',
      'caseNotes.create',
      (i) => ({
        clientId: client(i),
        sign: true,
        note: { contactType: 'office_visit', contactAt, durationMinutes: 30, location: 'Office', outcome: 'attended_complied', narrative: NARRATIVE },
      }),
      createNote,
      officer,
    ),
    operation(
      `write: book a weekly series of ${SERIES_LENGTH} appointments`,
      'appointments.create',
      (i) => ({
        appointment: {
          type: 'office_visit',
          clientId: client(i),
          officerId: officer.id,
          start: seriesStart(i).format(LOCAL_DATE_TIME_FORMAT),
          end: seriesStart(i).add(30, 'minute').format(LOCAL_DATE_TIME_FORMAT),
          locationKind: 'office',
          locationText: 'Interview room 2',
        },
        recurrence: { frequency: 'weekly', interval: 1, count: SERIES_LENGTH },
        confirmConflicts: true,
      }),
      createAppointment,
      officer,
    ),
    operation('write: record an appointment outcome', 'appointments.setOutcome', (i) => ({ appointmentId: outcomes[i], outcome: 'attended_complied' }), setOutcome, officer),
  ];
}
