import dayjs from 'dayjs';
import { dayjsLocalizer, type DateRange, type Formats, type View } from 'react-big-calendar';
import type { AppointmentView } from './appointmentForm';
import { formatWeekdayDateTime, formatWeekdayTime } from '../../../../electron/api/format/dateFormats';
import { nowLocal } from '../../../../electron/api/shared/fieldSchemas';
import { APPOINTMENT_STATUS_LABELS } from '../../../../electron/api/schedule/scheduleSchemas';

/** The calendar reads and writes office wall-clock times as this computer's local times, so they show as entered. */
/** Now on the office's wall clock, as the calendar's local Date (events are office wall times too). */
export const officeNow = () => dayjs(nowLocal()).toDate();

export const localizer = dayjsLocalizer(dayjs);

const dateSpan = ({ start, end }: DateRange) => `${dayjs(start).format('MMM D')} – ${dayjs(end).format('MMM D, YYYY')}`;
const timeSpan = ({ start, end }: DateRange) => `${dayjs(start).format('HH:mm')}–${dayjs(end).format('HH:mm')}`;
/** The 24-hour clock, as the rest of the app writes times. */
export const CALENDAR_FORMATS: Formats = {
  // Dates as the rest of the app writes them for a US office ("Thu, Dec 3"; "Nov 29 – Dec 5, 2026"), not "03 Thu" and "December 05".
  dayFormat: 'ddd, MMM D',
  dayHeaderFormat: 'dddd, MMM D, YYYY',
  dayRangeHeaderFormat: dateSpan,
  agendaDateFormat: 'ddd, MMM D',
  agendaHeaderFormat: dateSpan,
  timeGutterFormat: 'HH:mm',
  eventTimeRangeFormat: timeSpan,
  agendaTimeRangeFormat: timeSpan,
  selectRangeFormat: timeSpan,
  agendaTimeFormat: 'HH:mm',
};

export interface CalendarEvent {
  title: string;
  start: Date;
  end: Date;
  appointment: AppointmentView;
  /** Shown when the calendar holds more than one officer's appointments. */
  officerName: string | null;
}

export const formatSpan = (startLocal: string, endLocal: string) =>
  `${formatWeekdayDateTime(startLocal)}–${startLocal.slice(0, 10) === endLocal.slice(0, 10) ? endLocal.slice(11) : formatWeekdayTime(endLocal)}`;

export function toEvent(appointment: AppointmentView, showOfficer: boolean): CalendarEvent {
  const who = appointment.clientName ?? appointment.title;
  const officerName = showOfficer ? appointment.officerName : null;
  const status = appointment.status === 'scheduled' ? '' : ` (${APPOINTMENT_STATUS_LABELS[appointment.status]})`;
  return {
    title: `${appointment.typeLabel}${who ? `: ${who}` : ''}${officerName ? ` · ${officerName}` : ''}${status}`,
    start: dayjs(appointment.startLocal).toDate(),
    end: dayjs(appointment.endLocal).toDate(),
    appointment,
    officerName,
  };
}

/** The event's class: its type's color, and attended, missed or cancelled shown as such (with a word and a mark too, see AppointmentEvent). */
export const eventClassName = ({ appointment }: CalendarEvent) => `appt appt-${appointment.type.replaceAll('_', '-')} appt-${appointment.status}`;

/** How many days the agenda lists. */
export const AGENDA_DAYS = 30;

/** The local dates the view shows around `date` (a month view shows whole weeks). */
export function visibleRange(date: Date, view: View): { from: string; to: string } {
  const day = dayjs(date);
  const format = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
  if (view === 'month') return { from: format(day.startOf('month').startOf('week')), to: format(day.endOf('month').endOf('week')) };
  if (view === 'week') return { from: format(day.startOf('week')), to: format(day.endOf('week')) };
  if (view === 'agenda') return { from: format(day), to: format(day.add(AGENDA_DAYS - 1, 'day')) };
  return { from: format(day), to: format(day) };
}
