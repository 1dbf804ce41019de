import type { EventProps } from 'react-big-calendar';
import type { AppointmentStatus } from '../../../../electron/api/schedule/scheduleCodes';
import { APPOINTMENT_STATUS_LABELS } from '../../../../electron/api/schedule/scheduleSchemas';
import type { CalendarEvent } from './calendarEvents';

/** A mark beside the status word, so how an appointment went never rests on its colors alone; a coming one has none. */
const STATUS_MARKS: Record<AppointmentStatus, string> = { scheduled: '', completed: '✓', missed: '✗', cancelled: '⊘', rescheduled: '↻' };

/**
 * An appointment in the calendar: how it went (a mark and a word), then whose it is in bold and what it is, each
 * wrapping rather than cut off; the whole line is its tooltip.
 */
export function AppointmentEvent({ event }: EventProps<CalendarEvent>) {
  const { appointment } = event;
  const who = appointment.clientName ?? appointment.title;
  const status = appointment.status === 'scheduled' ? null : `${STATUS_MARKS[appointment.status]} ${APPOINTMENT_STATUS_LABELS[appointment.status]}`;
  return (
    <span className="appt-body">
      {status && <span className="appt-status">{status}</span>}
      {who && <strong className="appt-who">{who}</strong>}
      <span className="appt-type">
        {appointment.typeLabel}
        {event.officerName && ` · ${event.officerName}`}
      </span>
    </span>
  );
}
