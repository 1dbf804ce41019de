import { and, eq, gt, inArray, lt, notInArray } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { appointments } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { selectAppointmentViews } from './appointmentViews';
import type { AppointmentView, ScheduleConflict } from '../../api/schedule/scheduleWire';
import { utcToZoned } from './officeTime';
import { formatWeekdayDateTime } from '../../api/format/dateFormats';

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

/** Existing appointments of one officer or one client that overlap any of the slots; `exclude` are those being replaced. */
function overlapping(db: DbExecutor, who: { officerId: number } | { clientId: number }, slots: Slot[], exclude: number[], zone: string): ScheduleConflict[] {
  if (slots.length === 0) return [];
  const from = slots.reduce((min, s) => (s.startAt < min ? s.startAt : min), slots[0].startAt);
  const to = slots.reduce((max, s) => (s.endAt > max ? s.endAt : max), slots[0].endAt);
  const candidates = selectAppointmentViews(
    db,
    and(
      'officerId' in who ? eq(appointments.officerId, who.officerId) : eq(appointments.clientId, who.clientId),
      inArray(appointments.status, OCCUPYING),
      lt(appointments.startAt, to),
      gt(appointments.endAt, from),
      exclude.length ? notInArray(appointments.id, exclude) : undefined,
    ),
    zone,
  );
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
