import { z } from 'zod';
import { ALL, channel } from '../channel';
import {
  appointmentIdInputSchema,
  cancelAppointmentInputSchema,
  clientAppointmentsInputSchema,
  createAppointmentInputSchema,
  dashboardInputSchema,
  exportIcsInputSchema,
  fieldDayInputSchema,
  listAppointmentsInputSchema,
  setOutcomeInputSchema,
  updateFollowingInputSchema,
  updateOccurrenceInputSchema,
} from './scheduleSchemas';
import { appointmentDetailWire, appointmentViewWire, fieldDayWire, icsFileWire, outcomeResultWire, saveResultWire, scheduleDashboardWire } from './scheduleWire';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import { contactStandingWire } from '../contactStandards/contactStandardsWire';
import { exportedFileWire } from '../reports/reportsWire';

export const scheduleChannels = {
  // Officers book and change their own appointments, for their own clients, and read their clients' appointments held
  // by others; supervisors and administrators any officer's (services/schedule/scheduleAccess.ts).
  'appointments.create': channel(createAppointmentInputSchema, ALL, saveResultWire),
  'appointments.get': channel(appointmentIdInputSchema, ALL, appointmentDetailWire),
  'appointments.list': channel(listAppointmentsInputSchema, ALL, z.array(appointmentViewWire)),
  'appointments.forClient': channel(clientAppointmentsInputSchema, ALL, z.array(appointmentViewWire)),
  'appointments.updateOccurrence': channel(updateOccurrenceInputSchema, ALL, saveResultWire),
  'appointments.updateFollowing': channel(updateFollowingInputSchema, ALL, saveResultWire),
  'appointments.cancel': channel(cancelAppointmentInputSchema, ALL, z.array(appointmentViewWire)),
  'appointments.setOutcome': channel(setOutcomeInputSchema, ALL, outcomeResultWire),
  'schedule.dashboard': channel(dashboardInputSchema, ALL, scheduleDashboardWire),
  'schedule.contactStanding': channel(clientIdInputSchema, ALL, contactStandingWire.nullable()),
  'schedule.fieldDay': channel(fieldDayInputSchema, ALL, fieldDayWire),
  'schedule.exportIcs': channel(exportIcsInputSchema, ALL, icsFileWire),
  'schedule.exportItinerary': channel(fieldDayInputSchema, ALL, exportedFileWire),
};
