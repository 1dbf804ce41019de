import { ALL, channel, returns } from '../channel';
import { type AppointmentDetail } from '../../services/schedule/appointmentReads';
import { type AppointmentView } from '../../services/schedule/appointmentViews';
import { type ContactStanding } from '../../services/contactStandards/standing';
import { type ExportedFile } from '../../services/reports/exportedFile';
import { type FieldDay } from '../../services/schedule/fieldDay';
import { type IcsFile } from '../../services/schedule/icsExport';
import { type OutcomeResult } from '../../services/schedule/outcomes';
import { type SaveResult } from '../../services/schedule/bookingSteps';
import { type ScheduleDashboard } from '../../services/schedule/dashboard';
import { appointmentIdInputSchema, cancelAppointmentInputSchema, clientAppointmentsInputSchema, createAppointmentInputSchema, dashboardInputSchema, exportIcsInputSchema, fieldDayInputSchema, listAppointmentsInputSchema, setOutcomeInputSchema, updateFollowingInputSchema, updateOccurrenceInputSchema } from './scheduleSchemas';
import { clientIdInputSchema } from '../clients/clientsSchemas';

export const scheduleChannels = {
  // Officers book and change their own appointments, for their own clients, and read their clients' appointments held
  // by others; supervisors and administrators any officer's (services/schedule/scheduleAccess.ts).
  'appointments.create': channel(createAppointmentInputSchema, ALL, returns<SaveResult>()),
  'appointments.get': channel(appointmentIdInputSchema, ALL, returns<AppointmentDetail>()),
  'appointments.list': channel(listAppointmentsInputSchema, ALL, returns<AppointmentView[]>()),
  'appointments.forClient': channel(clientAppointmentsInputSchema, ALL, returns<AppointmentView[]>()),
  'appointments.updateOccurrence': channel(updateOccurrenceInputSchema, ALL, returns<SaveResult>()),
  'appointments.updateFollowing': channel(updateFollowingInputSchema, ALL, returns<SaveResult>()),
  'appointments.cancel': channel(cancelAppointmentInputSchema, ALL, returns<AppointmentView[]>()),
  'appointments.setOutcome': channel(setOutcomeInputSchema, ALL, returns<OutcomeResult>()),
  'schedule.dashboard': channel(dashboardInputSchema, ALL, returns<ScheduleDashboard>()),
  'schedule.contactStanding': channel(clientIdInputSchema, ALL, returns<ContactStanding | null>()),
  'schedule.fieldDay': channel(fieldDayInputSchema, ALL, returns<FieldDay>()),
  'schedule.exportIcs': channel(exportIcsInputSchema, ALL, returns<IcsFile>()),
  'schedule.exportItinerary': channel(fieldDayInputSchema, ALL, returns<ExportedFile>()),
};
