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
  'appointments.create': ({ ctx }, input) => createAppointment(ctx, input),
  'appointments.get': ({ ctx }, input) => getAppointment(ctx, input.appointmentId),
  'appointments.list': ({ ctx }, input) => listAppointments(ctx, input),
  'appointments.forClient': ({ ctx }, input) => listClientAppointments(ctx, input),
  'appointments.updateOccurrence': ({ ctx }, input) => updateOccurrence(ctx, input),
  'appointments.updateFollowing': ({ ctx }, input) => updateFollowing(ctx, input),
  'appointments.cancel': ({ ctx }, input) => (input.which === 'following' ? cancelFollowing(ctx, input.appointmentId) : cancelOne(ctx, input.appointmentId)),
  'appointments.setOutcome': ({ ctx }, input) => setOutcome(ctx, input),
  'schedule.dashboard': ({ ctx }, input) => scheduleDashboard(ctx, input),
  'schedule.contactStanding': ({ ctx }, input) => clientStanding(ctx, input.clientId),
  'schedule.fieldDay': ({ ctx }, input) => fieldDay(ctx, input),
  'schedule.exportIcs': ({ ctx }, input) => exportIcs(ctx, input),
  'schedule.exportItinerary': ({ ctx }, input) => exportItinerary(ctx, input),
};
