import { z } from 'zod';
import { CONTACT_OUTCOMES } from '../caseNotes/caseNotesCodes';
import { clientRecordWire } from '../clients/clientsWire';
import { contactStandingWire } from '../contactStandards/contactStandardsWire';
import { APPOINTMENT_STATUSES, APPOINTMENT_TYPES, LOCATION_KINDS, SERIES_EXCEPTION_KINDS } from './scheduleCodes';
import type { SeriesPattern } from './scheduleSchemas';

/** The fields an appointment and a series (as the template of its occurrences) share. */
const appointmentTemplate = {
  type: z.enum(APPOINTMENT_TYPES),
  /** Null only for office events without a client (type "other"). */
  clientId: z.number().nullable(),
  officerId: z.number(),
  title: z.string(),
  timeZone: z.string(),
  locationKind: z.enum(LOCATION_KINDS),
  locationText: z.string(),
  addressId: z.number().nullable(),
  notes: z.string(),
  court: z.string(),
  docketNumber: z.string(),
  hearingType: z.string(),
  createdAt: z.string(),
  createdBy: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.number().nullable(),
};

/** An appointment as lists and forms show it: its record, times on the office clock, and the names and place it refers to. */
export const appointmentViewWire = z.object({
  id: z.number(),
  ...appointmentTemplate,
  /** UTC instants (ISO 8601 with Z). */
  startAt: z.string(),
  endAt: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  outcome: z.enum(CONTACT_OUTCOMES).nullable(),
  outcomeRecordedAt: z.string().nullable(),
  outcomeRecordedBy: z.number().nullable(),
  noteId: z.number().nullable(),
  seriesId: z.number().nullable(),
  originalStartAt: z.string().nullable(),
  /** Sent back with an edit (electron/services/record/editVersions.ts). */
  rowVersion: z.number(),
  caseNumber: z.string().nullable(),
  officerName: z.string(),
  /** Set when this occurrence was changed or cancelled on its own. */
  exceptionKind: z.enum(SERIES_EXCEPTION_KINDS).nullable(),
  clientName: z.string().nullable(),
  startLocal: z.string(),
  endLocal: z.string(),
  locationLabel: z.string(),
  typeLabel: z.string(),
});
export type AppointmentView = z.infer<typeof appointmentViewWire>;

/** A recurring series as stored: the template of its occurrences and its rule. */
export const appointmentSeriesWire = z.object({
  id: z.number(),
  ...appointmentTemplate,
  /** The first occurrence's start as local wall time in time_zone, YYYY-MM-DDTHH:mm. */
  firstStartLocal: z.string(),
  durationMinutes: z.number(),
  pattern: z.custom<SeriesPattern>(),
  untilDate: z.string().nullable(),
  count: z.number().nullable(),
});
export type AppointmentSeries = z.infer<typeof appointmentSeriesWire>;

export const seriesSummaryWire = z.object({
  series: appointmentSeriesWire,
  /** RFC 5545 RRULE text and the rule in words ("every 2 weeks for 6 times"). */
  rule: z.string(),
  description: z.string(),
  occurrenceCount: z.number(),
});
export type SeriesSummary = z.infer<typeof seriesSummaryWire>;

export const appointmentDetailWire = z.object({
  appointment: appointmentViewWire,
  /** The series the appointment belongs to, to edit "this and following" with its rule shown. */
  series: seriesSummaryWire.nullable(),
});
export type AppointmentDetail = z.infer<typeof appointmentDetailWire>;

export const scheduleConflictWire = z.object({
  appointment: appointmentViewWire,
  /** The start of the new appointment (or occurrence) it overlaps, on the office clock. */
  overlapsLocal: z.string(),
  message: z.string(),
});
export type ScheduleConflict = z.infer<typeof scheduleConflictWire>;

/** Either the officer's double-bookings to confirm (nothing saved), or what was saved. */
export const saveResultWire = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false), officerConflicts: z.array(scheduleConflictWire) }),
  z.object({ saved: z.literal(true), officerConflicts: z.array(scheduleConflictWire), appointments: z.array(appointmentViewWire), seriesId: z.number().nullable() }),
]);
export type SaveResult = z.infer<typeof saveResultWire>;

export const outcomeResultWire = z.object({
  appointment: appointmentViewWire,
  /** The case note that documents the appointment; null for events without a client. */
  noteId: z.number().nullable(),
  /** True when a new draft was made (the UI opens it for the narrative); false when the linked one was reused. */
  noteCreated: z.boolean(),
  /** The client failed to attend: the UI asks whether to record a violation. */
  promptViolation: z.boolean(),
});
export type OutcomeResult = z.infer<typeof outcomeResultWire>;

export const clientDueWire = z.object({
  client: clientRecordWire
    .pick({ id: true, caseNumber: true, firstName: true, lastName: true, supervisionLevel: true, assignedOfficerId: true })
    .extend({ officerName: z.string() }),
  standing: contactStandingWire,
  /** The client's next scheduled appointment, on the office clock, if any. */
  nextAppointmentLocal: z.string().nullable(),
});
export type ClientDue = z.infer<typeof clientDueWire>;

export const scheduleDashboardWire = z.object({
  today: z.string(),
  todays: z.array(appointmentViewWire),
  overdueContacts: z.array(clientDueWire),
  dueThisWeek: z.array(clientDueWire),
  /** Appointments before today still marked scheduled: their outcome has not been recorded. */
  outcomesToRecord: z.array(appointmentViewWire),
  upcomingCourtHearings: z.array(appointmentViewWire),
});
export type ScheduleDashboard = z.infer<typeof scheduleDashboardWire>;

/** A home or field visit of the officer's day, with what the officer needs on the road (the photo is fetched with clients.photo). */
export const fieldVisitWire = z.object({
  appointment: appointmentViewWire,
  /** Where to go: the appointment's address, else the client's current residence. */
  address: z.string(),
  client: z
    .object({
      id: z.number(),
      name: z.string(),
      caseNumber: z.string(),
      dateOfBirth: z.string(),
      phone: z.string(),
      safetyAlerts: z.string(),
      hasPhoto: z.boolean(),
    })
    .nullable(),
});
export type FieldVisit = z.infer<typeof fieldVisitWire>;

export const fieldDayWire = z.object({ date: z.string(), officerId: z.number(), officerName: z.string(), visits: z.array(fieldVisitWire) });
export type FieldDay = z.infer<typeof fieldDayWire>;

export const icsFileWire = z.object({
  filename: z.string(),
  content: z.string(),
  /** How many appointments it holds. */
  count: z.number(),
});
export type IcsFile = z.infer<typeof icsFileWire>;
