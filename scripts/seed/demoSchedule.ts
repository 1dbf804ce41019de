import type { Faker } from '@faker-js/faker';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { addresses, caseNotes, clients, type UserRow } from '../../db/schema';
import type { CONTACT_OUTCOMES } from '../../electron/api/caseNotes/caseNotesCodes';
import type { AppointmentType } from '../../electron/api/schedule/scheduleCodes';
import { createAppointmentInputSchema, setOutcomeInputSchema } from '../../electron/api/schedule/scheduleSchemas';
import type { AppointmentView } from '../../electron/api/schedule/scheduleWire';
import type { ServiceContext } from '../../electron/services/context';
import { serviceContext } from '../../electron/services/officeClock';
import { cancelOne, createAppointment } from '../../electron/services/schedule/appointmentBooking';
import { setOutcome } from '../../electron/services/schedule/outcomes';
import { signNote, updateNote } from '../../electron/services/caseNotes/noteDrafts';
import { noteFieldsSchema } from '../../electron/api/caseNotes/caseNotesSchemas';
import { appointmentHomeVisit, appointmentNarrative } from './demoNoteText';
import { weighted } from './seedRandom';
import { addDays, addMinutes, timeOfDay } from './seedDates';

/** Four weeks back and four ahead of today. */
const WEEKS_BACK = 4;
const WEEKS_AHEAD = 4;
/** Half-hour slots from 08:30 to 16:00 for single appointments; 16:30 is kept for the weekly series, so nothing overlaps. */
const SLOT_STARTS = Array.from({ length: 16 }, (_, i) => timeOfDay(8 * 60 + 30 + i * 30));
const SERIES_TIME = timeOfDay(16 * 60 + 30);
/** Notes of the last few days that the officer has not written up yet: this share of them stays a draft. */
const RECENT_DAYS = 4;
const RECENT_DRAFT_SHARE = 0.5;
/** Each client is seen about every two weeks: every this many weekdays, give or take. */
const WEEKDAYS_BETWEEN_VISITS = { min: 8, max: 11 };

const TYPES: readonly (readonly [number, AppointmentType])[] = [
  [60, 'office_visit'],
  [20, 'home_visit'],
  [20, 'drug_test'],
];
/** How past appointments went ('cancelled' ones are cancelled before their day instead). */
const PAST_OUTCOMES: readonly (readonly [number, (typeof CONTACT_OUTCOMES)[number] | 'cancelled'])[] = [
  [70, 'attended_complied'],
  [8, 'attended_failed_to_comply'],
  [10, 'failed_to_attend'],
  [5, 'acceptable_absence'],
  [4, 'rescheduled'],
  [3, 'cancelled'],
];
const ABSENCE_REASONS = ['Hospitalized; discharge papers provided.', 'Called ahead: at work on a shift change, verified with the employer.', 'Attending a funeral out of county.'];

interface Client {
  id: number;
  officerId: number;
  addressId: number | null;
}

const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00Z`).getUTCDay());

/** The weekdays of the eight weeks around today, in order. */
function scheduleDays(today: string): string[] {
  const days: string[] = [];
  for (let d = -WEEKS_BACK * 7; d < WEEKS_AHEAD * 7; d += 1) if (isWeekday(addDays(today, d))) days.push(addDays(today, d));
  return days;
}

/** Every active client with their officer and current residence. */
function activeCaseload(db: AppDb): Client[] {
  return db
    .select({ id: clients.id, officerId: clients.assignedOfficerId, addressId: addresses.id })
    .from(clients)
    .leftJoin(addresses, and(eq(addresses.clientId, clients.id), isNull(addresses.movedOut)))
    .where(eq(clients.status, 'active'))
    .orderBy(clients.id)
    .all()
    .filter((c, i, all) => all.findIndex((other) => other.id === c.id) === i);
}

/** What the officer fills in on the form: an office visit in a room, a home visit at the client's address, a test at the lab window. */
function fields(faker: Faker, client: Client, type: AppointmentType, start: string) {
  const atHome = type === 'home_visit' && client.addressId !== null;
  const kind = type === 'home_visit' && !atHome ? 'office_visit' : type;
  return {
    type: kind,
    clientId: client.id,
    officerId: client.officerId,
    start,
    end: addMinutes(start, kind === 'drug_test' ? 15 : 30),
    locationKind: atHome ? 'client_address' : 'office',
    locationText: atHome ? '' : kind === 'drug_test' ? 'Testing room' : `Interview room ${faker.number.int({ min: 1, max: 4 })}`,
    addressId: atHome ? client.addressId : null,
  };
}

function book(ctx: ServiceContext, input: unknown): AppointmentView[] {
  const result = createAppointment(ctx, createAppointmentInputSchema.parse(input));
  if (!result.saved) throw new Error(`The demo schedule double-booked: ${result.officerConflicts[0]?.message}`);
  return result.appointments;
}

/** An hour or so after the appointment ended, on the day, as an officer catching up between visits would; never past the run's own now. */
function documentedAt(faker: Faker, appointment: AppointmentView, now: () => Date): Date {
  const at = new Date(appointment.endAt).getTime() + faker.number.int({ min: 5, max: 120 }) * 60_000;
  return new Date(Math.min(at, now().getTime()));
}

/**
 * How a past appointment went, recorded as the officer records it on the day (setOutcome drafts its case note),
 * then the note written up and signed; yesterday's outcomes are sometimes still waiting, and about half the notes
 * of the last few days are still drafts.
 */
function recordPast(faker: Faker, officer: UserRow, db: AppDb, now: () => Date, appointment: AppointmentView, today: string) {
  if (appointment.startAt > now().toISOString() || appointment.status !== 'scheduled') return;
  const date = appointment.startLocal.slice(0, 10);
  if (date >= addDays(today, -2) && faker.datatype.boolean(0.5)) return;
  const at = documentedAt(faker, appointment, now);
  const ctx = serviceContext(db, officer, () => at);
  const outcome = weighted(faker, PAST_OUTCOMES);
  if (outcome === 'cancelled') {
    cancelOne(ctx, appointment.id);
    return;
  }
  const absenceReason = outcome === 'acceptable_absence' ? faker.helpers.arrayElement(ABSENCE_REASONS) : '';
  const { noteId, noteCreated } = setOutcome(ctx, setOutcomeInputSchema.parse({ appointmentId: appointment.id, outcome, absenceReason }));
  if (noteId === null || !noteCreated) return;
  if (date >= addDays(today, -RECENT_DAYS) && faker.datatype.boolean(RECENT_DRAFT_SHARE)) return;
  const draft = db.select().from(caseNotes).where(eq(caseNotes.id, noteId)).get();
  if (!draft) return;
  const note = noteFieldsSchema.parse({
    ...draft,
    narrative: appointmentNarrative(faker, draft.contactType, outcome),
    homeVisit: draft.contactType === 'home_visit' ? appointmentHomeVisit(outcome) : null,
  });
  updateNote(ctx, { noteId, note });
  signNote(ctx, noteId);
}

/**
 * The demo office's calendars, through the schedule services: for each officer, eight weeks around today (four
 * back, four ahead) of office visits, home visits at the client's address and drug tests for every one of their
 * active clients, each in its own half-hour, plus one weekly drug-test series at 16:30 (one of its coming
 * occurrences cancelled). Booked as of today's clock (the seed clock does not run backwards), then the past ones
 * get their outcomes on their own day through setOutcome, which drafts each one's case note, and the officer
 * writes the note up and signs it (recordPast).
 */
export function seedDemoSchedule(db: AppDb, now: () => Date, tick: () => void, faker: Faker, users: UserRow[], today: string) {
  const days = scheduleDays(today);
  const caseload = activeCaseload(db);
  // One transaction around every call (theirs nest as savepoints): one sync to disk instead of one a call.
  db.transaction(() => {
    for (const officer of users.filter((user) => user.role === 'officer')) {
      const ctx = serviceContext(db, officer, now);
      const theirs = caseload.filter((c) => c.officerId === officer.id);
      if (theirs.length === 0) continue;
      const free = days.flatMap((date) => SLOT_STARTS.map((time) => `${date}T${time}`));
      const booked: AppointmentView[] = [];
      for (const client of theirs) {
        // A visit every two weeks or so, on a day that drifts a little, at a time the officer still has free.
        for (let day = faker.number.int({ min: 0, max: 9 }); day < days.length; day += faker.number.int(WEEKDAYS_BETWEEN_VISITS)) {
          const date = days[day];
          const open = free.filter((slot) => slot.startsWith(date));
          if (open.length === 0) continue;
          const start = faker.helpers.arrayElement(open);
          free.splice(free.indexOf(start), 1);
          booked.push(...book(ctx, { appointment: fields(faker, client, weighted(faker, TYPES), start) }));
          tick();
        }
      }
      // A weekly test for one client on a weekday at 16:30, from the first week to the last; one coming occurrence is called off.
      const client = faker.helpers.arrayElement(theirs);
      const first = days.find((date) => new Date(`${date}T00:00Z`).getUTCDay() === faker.number.int({ min: 1, max: 5 })) ?? days[0];
      const series = book(ctx, {
        appointment: { ...fields(faker, client, 'drug_test', `${first}T${SERIES_TIME}`), title: 'Weekly drug test' },
        recurrence: { frequency: 'weekly', interval: 1, count: WEEKS_BACK + WEEKS_AHEAD },
      });
      tick();
      const coming = series.filter((a) => a.startLocal.slice(0, 10) > today);
      if (coming.length > 0) cancelOne(ctx, faker.helpers.arrayElement(coming).id);
      booked.push(...series.filter((a) => !coming.includes(a)));
      for (const appointment of booked.sort((a, b) => a.startAt.localeCompare(b.startAt))) {
        recordPast(faker, officer, db, now, appointment, today);
        tick();
      }
    }
  });
}
