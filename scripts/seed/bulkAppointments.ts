import type { Faker } from '@faker-js/faker';
import { isNull, ne } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { addresses, appointments, clients, type UserRow } from '../../db/schema';
import { type AppointmentStatus, type AppointmentType } from '../../electron/api/schedule/scheduleCodes';
import { type CONTACT_OUTCOMES } from '../../electron/api/caseNotes/caseNotesCodes';
import { type ServiceContext } from '../../electron/services/context';
import { serviceContext } from '../../electron/services/officeClock';
import { checkAppointmentFields } from '../../electron/services/schedule/appointmentValues';
import { officeTimeZone } from '../../electron/services/schedule/officeTime';
import { STATUS_OF_OUTCOME } from '../../electron/services/schedule/outcomes';
import { appointmentFieldsSchema } from '../../electron/api/schedule/scheduleSchemas';
import { tuneForReplay } from './replayConnection';
import { weighted } from './seedRandom';
import { addDays, addMinutes, timeOfDay } from './seedDates';
import { HISTORY_DAYS } from './supervisionStory';

/** Half-hour slots from 08:30 to 16:00 on weekdays; an officer's appointments each take one, so none overlap. */
const SLOT_STARTS = Array.from({ length: 16 }, (_, i) => timeOfDay(8 * 60 + 30 + i * 30));
/** Appointments booked this far ahead of today. */
const DAYS_AHEAD = 56;
/** At most this share of an officer's slots is taken: the calendar keeps gaps, as a real one does. */
const FILL = 0.7;
const ROWS_PER_TRANSACTION = 5000;

const TYPES: readonly (readonly [number, AppointmentType])[] = [
  [60, 'office_visit'],
  [12, 'home_visit'],
  [6, 'field_visit'],
  [12, 'drug_test'],
  [6, 'program_session'],
  [4, 'court_hearing'],
];
/** How past appointments went. */
const PAST_OUTCOMES: readonly (readonly [number, (typeof CONTACT_OUTCOMES)[number] | 'cancelled'])[] = [
  [72, 'attended_complied'],
  [6, 'attended_failed_to_comply'],
  [10, 'failed_to_attend'],
  [5, 'acceptable_absence'],
  [4, 'rescheduled'],
  [3, 'cancelled'],
];
const HEARINGS = ['Review hearing', 'Probation violation hearing', 'Status conference', 'Restitution hearing'];

interface Client {
  id: number;
  officerId: number;
  addressId: number | null;
}

/** Weekday slots (local YYYY-MM-DDTHH:mm), from today + DAYS_AHEAD back far enough to hold `needed` appointments. */
function weekdaySlots(today: string, needed: number): string[] {
  const slots: string[] = [];
  const enough = Math.max(needed / FILL, ((HISTORY_DAYS + DAYS_AHEAD) * 5 * SLOT_STARTS.length) / 7);
  for (let back = 0; slots.length < enough; back += 1) {
    const date = addDays(today, DAYS_AHEAD - back);
    const weekday = new Date(`${date}T00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) for (const time of SLOT_STARTS) slots.push(`${date}T${time}`);
  }
  return slots;
}

/** What the officer would fill in on the form for one appointment of a client. */
function formFields(faker: Faker, client: Client, start: string) {
  const type = weighted(faker, TYPES);
  const atHome = type === 'home_visit' && client.addressId !== null;
  const hearing = type === 'court_hearing';
  return appointmentFieldsSchema.parse({
    type: type === 'home_visit' && !atHome ? 'office_visit' : type,
    clientId: client.id,
    officerId: client.officerId,
    start,
    end: addMinutes(start, 30),
    locationKind: atHome ? 'client_address' : type === 'field_visit' || hearing ? 'other' : 'office',
    locationText: hearing ? 'Riverside County Superior Court' : type === 'field_visit' ? 'Client’s workplace' : `Interview room ${faker.number.int({ min: 1, max: 4 })}`,
    addressId: atHome ? client.addressId : null,
    court: hearing ? 'Riverside County Superior Court' : '',
    docketNumber: hearing ? `RIF${faker.string.numeric(7)}` : '',
    hearingType: hearing ? faker.helpers.arrayElement(HEARINGS) : '',
  });
}

/** The columns setOutcome (services/schedule/outcomes.ts) sets, without the case note it drafts. */
function outcomeColumns(faker: Faker, start: string, today: string, at: string, officerId: number) {
  // Some of yesterday's still wait for their outcome, as on a real dashboard ("Outcomes to record").
  if (start.slice(0, 10) >= addDays(today, -1) && faker.datatype.boolean(0.4)) return {};
  const outcome = weighted(faker, PAST_OUTCOMES);
  const status: AppointmentStatus = outcome === 'cancelled' ? 'cancelled' : STATUS_OF_OUTCOME[outcome];
  const updated = { updatedAt: at, updatedBy: officerId };
  return outcome === 'cancelled' ? { status, ...updated } : { status, outcome, outcomeRecordedAt: at, outcomeRecordedBy: officerId, ...updated };
}

/** The office's clients who can be scheduled (not closed), with their officer and current address. */
function schedulableClients(db: AppDb): Client[] {
  const homes = new Map(
    db
      .select({ clientId: addresses.clientId, id: addresses.id })
      .from(addresses)
      .where(isNull(addresses.movedOut))
      .all()
      .map((a) => [a.clientId, a.id]),
  );
  return db
    .select({ id: clients.id, officerId: clients.assignedOfficerId })
    .from(clients)
    .where(ne(clients.status, 'closed'))
    .all()
    .map((c) => ({ id: c.id, officerId: c.officerId, addressId: homes.get(c.id) ?? null }));
}

/**
 * Scale runs (`npm run seed -- --appointments N`) only: N single appointments with the row values createAppointment
 * writes (checkAppointmentFields on what the form would send, the creation stamp), spread over the officers'
 * caseloads on weekday half-hours from years back to eight weeks ahead, each officer's in distinct slots, so the
 * calendar has no double-bookings. Past ones carry the status and outcome setOutcome records, without the case
 * note (the record's notes are seeded on their own). As on the notes' bulk path (bulkRecord.ts), the audit row per
 * call is skipped (the distinct slots stand in for the conflict check), and rows go in large transactions.
 */
export function seedAppointments(db: AppDb, now: () => Date, faker: Faker, users: UserRow[], total: number, today: string) {
  const caseload = schedulableClients(db);
  if (total === 0 || caseload.length === 0) return;
  const byOfficer = new Map<number, Client[]>();
  for (let i = 0; i < total; i += 1) {
    const client = caseload[faker.number.int({ min: 0, max: caseload.length - 1 })];
    const booked = byOfficer.get(client.officerId);
    if (booked) booked.push(client);
    else byOfficer.set(client.officerId, [client]);
  }
  const zone = officeTimeZone(db);
  const at = now().toISOString();
  const nowLocal = `${today}T${timeOfDay(8 * 60 + 30)}`;
  const untune = tuneForReplay(db);
  try {
    for (const [officerId, booked] of byOfficer) {
      const ctx: ServiceContext = serviceContext(
        db,
        users.find((user) => user.id === officerId)!,
        now,
      );
      const slots = faker.helpers.arrayElements(weekdaySlots(today, booked.length), booked.length);
      for (let start = 0; start < booked.length; start += ROWS_PER_TRANSACTION) {
        db.transaction((tx) => {
          for (let i = start; i < Math.min(start + ROWS_PER_TRANSACTION, booked.length); i += 1) {
            const { template, slot } = checkAppointmentFields(ctx, formFields(faker, booked[i], slots[i]), zone);
            const past = slots[i] < nowLocal ? outcomeColumns(faker, slots[i], today, at, officerId) : {};
            tx.insert(appointments)
              .values({ ...template, ...slot, createdAt: at, createdBy: officerId, ...past })
              .run();
          }
        });
      }
    }
  } finally {
    untune();
  }
}
