import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DbExecutor } from '../../../db/open';
import { appointments } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { selectAppointmentViews } from './appointmentViews';
import type { AppointmentView, ScheduleConflict } from '../../api/schedule/scheduleWire';
import { utcToZoned } from './officeTime';
import { formatWeekdayDateTime } from '../../api/format/dateFormats';
import { MAX_DURATION_MINUTES } from '../../api/schedule/scheduleSchemas';

/** A stretch of time an appointment would take, as UTC instants. */
export interface Slot {
  startAt: string;
  endAt: string;
}

/** An existing appointment that overlaps one being saved. */
/** Appointments that still take up time: planned, or held (a cancelled, missed or rescheduled one frees its slot). */
const OCCUPYING = ['scheduled', 'completed'] as const;

const when = (view: AppointmentView) => `${formatWeekdayDateTime(view.startLocal)}–${view.endLocal.slice(11)}`;

export function describeAppointment(view: AppointmentView): string {
  const who = view.clientName ? ` with ${view.clientName}` : view.title ? ` (${view.title})` : '';
  return `${view.typeLabel.toLowerCase()}${who} on ${when(view)} held by ${view.officerName}`;
}

/** The earliest start an appointment overlapping one that starts at `startAt` can have: none lasts longer than MAX_DURATION_MINUTES. */
export const earliestOverlappingStart = (startAt: string) => new Date(Date.parse(startAt) - MAX_DURATION_MINUTES * 60_000).toISOString();

/**
 * Existing appointments of one officer or one client that overlap any of the slots; `exclude` are those being replaced.
 * One indexed range per slot (holder, then start), so a series half a year long reads only what meets its slots,
 * not the whole calendar between its first and last.
 */
function overlapping(db: DbExecutor, who: { officerId: number } | { clientId: number }, slots: Slot[], exclude: number[], zone: string): ScheduleConflict[] {
  if (slots.length === 0) return [];
  const other = alias(appointments, 'other');
  const holder = 'officerId' in who ? eq(other.officerId, who.officerId) : eq(other.clientId, who.clientId);
  const ranges = JSON.stringify(slots.map((s) => [earliestOverlappingStart(s.startAt), s.startAt, s.endAt]));
  const meetsASlot = sql`${appointments.id} in (select ${other.id} from json_each(${ranges}) as slot cross join ${appointments} as ${other}
    on ${holder} and ${other.startAt} >= slot.value ->> 0 and ${other.startAt} < slot.value ->> 2 and ${other.endAt} > slot.value ->> 1)`;
  const candidates = selectAppointmentViews(db, and(meetsASlot, inArray(appointments.status, OCCUPYING), exclude.length ? notInArray(appointments.id, exclude) : undefined), zone);
  const conflicts: ScheduleConflict[] = [];
  for (const appointment of candidates) {
    const slot = slots.find((s) => s.startAt < appointment.endAt && s.endAt > appointment.startAt);
    if (slot) conflicts.push({ appointment, overlapsLocal: utcToZoned(slot.startAt, zone), message: `Overlaps the ${describeAppointment(appointment)}.` });
  }
  return conflicts;
}

export interface Booking {
  officerId: number;
  clientId: number | null;
  clientName: string | null;
}

/**
 * Checks the slots of a new or changed booking. A client cannot be in two places at once: an overlap with
 * another of their appointments is refused outright, naming it. An officer's double-booking is returned for the
 * caller to show and confirm.
 */
export function checkConflicts(db: DbExecutor, booking: Booking, slots: Slot[], exclude: number[], zone: string): ScheduleConflict[] {
  if (booking.clientId !== null) {
    const clash = overlapping(db, { clientId: booking.clientId }, slots, exclude, zone);
    if (clash.length) {
      const more = clash.length > 1 ? ` ${clash.length} appointments overlap in all.` : '';
      throw new AppError(
        'CONFLICT',
        `${booking.clientName} already has an appointment at that time: the ${describeAppointment(clash[0].appointment)}.${more}`,
        'appointment.start',
      );
    }
  }
  return overlapping(db, { officerId: booking.officerId }, slots, exclude, zone);
}
