import dayjs from 'dayjs';
import { nowLocal } from '../../../../electron/api/shared/fieldSchemas';
import type { ChannelOutput } from '../../../../electron/api/contract';
import type { AppointmentFields, Recurrence } from '../../../../electron/api/schedule/scheduleSchemas';

export type AppointmentView = ChannelOutput<'appointments.get'>['appointment'];
export type SeriesSummary = NonNullable<ChannelOutput<'appointments.get'>['series']>;
export type SaveChannel = 'appointments.create' | 'appointments.updateOccurrence' | 'appointments.updateFollowing';

/** The form holds the channels' input shape, so the schema's error paths ("appointment.start") land on the inputs. */
export interface AppointmentFormValues extends Record<string, unknown> {
  appointmentId: number | null;
  /** The version of the appointment being changed, sent back so a change made meanwhile is not overwritten. */
  version?: number;
  appointment: AppointmentFields;
  repeats: boolean;
  /** Which end of the series the form shows: the recurrence keeps only that one. */
  ends: 'until' | 'count';
  recurrence: Recurrence;
}

const LOCAL = 'YYYY-MM-DDTHH:mm';

/** A series' last date unless the officer picks one: three months after its start. */
export const defaultUntil = (start: string) => (dayjs(start).isValid() ? dayjs(start).add(3, 'month').format('YYYY-MM-DD') : '');

/** What officers book: every week until a date (three months on), or a count if they switch to it. */
const defaultRecurrence = (start: string): Recurrence => ({
  frequency: 'weekly',
  interval: 1,
  weekdays: [],
  monthlyBy: 'day_of_month',
  until: defaultUntil(start),
  count: 6,
});

/** A new appointment in the officer's calendar, for the slot chosen (or the next full hour, for half an hour). */
export function newAppointmentValues(officerId: number, slot?: { start: Date; end: Date }): AppointmentFormValues {
  const start = slot ? dayjs(slot.start) : dayjs(nowLocal()).add(1, 'hour').startOf('hour');
  const end = slot ? dayjs(slot.end) : start.add(30, 'minute');
  const startLocal = start.format(LOCAL);
  return {
    appointmentId: null,
    appointment: {
      type: 'office_visit',
      clientId: null,
      officerId,
      title: '',
      start: startLocal,
      end: end.format(LOCAL),
      locationKind: 'office',
      locationText: '',
      addressId: null,
      notes: '',
      court: '',
      docketNumber: '',
      hearingType: '',
    },
    repeats: false,
    ends: 'until',
    recurrence: defaultRecurrence(startLocal),
  };
}

/** An appointment as saved, to edit; a new start and end (a drag on the calendar) replace its own. */
export function editAppointmentValues(view: AppointmentView, series: SeriesSummary | null, moved?: { start: Date; end: Date }): AppointmentFormValues {
  const start = moved ? dayjs(moved.start).format(LOCAL) : view.startLocal;
  const rule = series?.series;
  return {
    appointmentId: view.id,
    version: view.rowVersion,
    appointment: {
      type: view.type,
      clientId: view.clientId,
      officerId: view.officerId,
      title: view.title,
      start,
      end: moved ? dayjs(moved.end).format(LOCAL) : view.endLocal,
      locationKind: view.locationKind,
      locationText: view.locationText,
      addressId: view.addressId,
      notes: view.notes,
      court: view.court,
      docketNumber: view.docketNumber,
      hearingType: view.hearingType,
    },
    repeats: rule !== undefined,
    ends: rule?.untilDate ? 'until' : 'count',
    recurrence: rule ? { ...rule.pattern, until: rule.untilDate ?? defaultRecurrence(start).until, count: rule.count ?? defaultRecurrence(start).count } : defaultRecurrence(start),
  };
}

/** The channel input: the recurrence only when the appointment repeats, with the one end chosen. */
export const toSaveInput = (values: AppointmentFormValues, confirmConflicts: boolean) => ({
  appointmentId: values.appointmentId,
  version: values.version,
  appointment: values.appointment,
  recurrence: values.repeats
    ? { ...values.recurrence, until: values.ends === 'until' ? values.recurrence.until : null, count: values.ends === 'count' ? values.recurrence.count : null }
    : null,
  confirmConflicts,
});
