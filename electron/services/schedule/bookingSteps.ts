import dayjs from 'dayjs';
import { inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { appointments, type AppointmentRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { selectAppointmentViews } from './appointmentViews';
import type { AppointmentView, SaveResult, ScheduleConflict } from '../../api/schedule/scheduleWire';
import { expandSeries, type Occurrence, type SeriesDefinition } from './recurrence';
import type { AppointmentFields, Recurrence, SeriesPattern } from '../../api/schedule/scheduleSchemas';

// What saving appointments shares, single or recurring: the confirm step, the series' rule, the result.

/** Saves unless the officer is double-booked and the caller has not confirmed it. */
export function unlessUnconfirmed(conflicts: ScheduleConflict[], confirmed: boolean, save: () => { appointments: AppointmentView[]; seriesId: number | null }): SaveResult {
  if (conflicts.length && !confirmed) return { saved: false, officerConflicts: conflicts };
  return { saved: true, officerConflicts: conflicts, ...save() };
}

export const viewsOf = (db: DbExecutor, ids: number[], zone: string) => (ids.length ? selectAppointmentViews(db, inArray(appointments.id, ids), zone) : []);

export const patternOf = ({ frequency, interval, weekdays, monthlyBy }: Recurrence): SeriesPattern => ({ frequency, interval, weekdays, monthlyBy });

/** Length on the wall clock, which is what a series repeats. */
export const wallMinutes = (start: string, end: string) => dayjs(end).diff(dayjs(start), 'minute');

/** A series starting at the appointment as entered, repeating its wall-clock times. */
export const seriesFrom = (fields: AppointmentFields, zone: string, pattern: SeriesPattern, end: Pick<SeriesDefinition, 'untilDate' | 'count'>): SeriesDefinition => ({
  pattern,
  firstStartLocal: fields.start,
  durationMinutes: wallMinutes(fields.start, fields.end),
  timeZone: zone,
  ...end,
});

/** The occurrences of a series about to be saved; none at all is a mistake in the rule. */
export function expandNewSeries(definition: SeriesDefinition): Occurrence[] {
  if (definition.untilDate !== null && definition.untilDate < definition.firstStartLocal.slice(0, 10)) {
    throw new AppError('VALIDATION', 'The last date of the series cannot be before its first appointment.', 'recurrence.until');
  }
  const occurrences = expandSeries(definition);
  if (occurrences.length === 0) throw new AppError('VALIDATION', 'No appointment falls between the start and the last date; check the days chosen.', 'recurrence.until');
  return occurrences;
}

export function requireScheduled(row: AppointmentRow) {
  if (row.status !== 'scheduled') throw new AppError('CONFLICT', `This appointment is ${row.status}; only scheduled appointments can be changed.`, 'appointmentId');
}
