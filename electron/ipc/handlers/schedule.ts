import type { Channel } from '../../api/contract';
import { clientStanding } from '../../services/contactStandards/clientStandings';
import { createAppointment, cancelOne, updateOccurrence } from '../../services/schedule/appointmentBooking';
import { getAppointment, listAppointments, listClientAppointments } from '../../services/schedule/appointmentReads';
import { scheduleDashboard } from '../../services/schedule/dashboard';
import { fieldDay } from '../../services/schedule/fieldDay';
import { exportIcs } from '../../services/schedule/icsExport';
import { exportItinerary } from '../../services/schedule/itineraryExport';
import { setOutcome } from '../../services/schedule/outcomes';
import { cancelFollowing, updateFollowing } from '../../services/schedule/seriesEdits';
import type { HandlerGroup } from './types';

export const scheduleHandlers: HandlerGroup<Extract<Channel, `appointments.${string}` | `schedule.${string}`>> = {
  'appointments.create': ({ sessions }, input) => createAppointment(sessions.requireActive().ctx, input),
  'appointments.get': ({ sessions }, input) => getAppointment(sessions.requireActive().ctx, input.appointmentId),
  'appointments.list': ({ sessions }, input) => listAppointments(sessions.requireActive().ctx, input),
  'appointments.forClient': ({ sessions }, input) => listClientAppointments(sessions.requireActive().ctx, input),
  'appointments.updateOccurrence': ({ sessions }, input) => updateOccurrence(sessions.requireActive().ctx, input),
  'appointments.updateFollowing': ({ sessions }, input) => updateFollowing(sessions.requireActive().ctx, input),
  'appointments.cancel': ({ sessions }, input) =>
    input.which === 'following' ? cancelFollowing(sessions.requireActive().ctx, input.appointmentId) : cancelOne(sessions.requireActive().ctx, input.appointmentId),
  'appointments.setOutcome': ({ sessions }, input) => setOutcome(sessions.requireActive().ctx, input),
  'schedule.dashboard': ({ sessions }, input) => scheduleDashboard(sessions.requireActive().ctx, input),
  'schedule.contactStanding': ({ sessions }, input) => clientStanding(sessions.requireActive().ctx, input.clientId),
  'schedule.fieldDay': ({ sessions }, input) => fieldDay(sessions.requireActive().ctx, input),
  'schedule.exportIcs': ({ sessions }, input) => exportIcs(sessions.requireActive().ctx, input),
  'schedule.exportItinerary': ({ sessions }, input) => exportItinerary(sessions.requireActive().ctx, input),
};
