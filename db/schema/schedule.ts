import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { userRef, users } from './users';
import { addresses, clients } from './clients';
import { caseNotes } from './caseNotes';
import { APPOINTMENT_STATUSES, APPOINTMENT_TYPES, LOCATION_KINDS, SERIES_EXCEPTION_KINDS } from '../../electron/api/schedule/scheduleCodes';
import { CONTACT_OUTCOMES } from '../../electron/api/caseNotes/caseNotesCodes';
import { type SeriesPattern } from '../../electron/api/schedule/scheduleSchemas';
import { createdAt, rowVersion } from './columns';

/*
 * Scheduling (issue 5). Unlike case notes, appointments are planned ahead and may be exported to other calendars,
 * so their start and end are UTC instants with the office's IANA time zone beside them; recurring series keep their
 * first start as local wall time, so that every occurrence stays at the same clock time across daylight-saving changes.
 * A series' occurrences are stored as appointment rows (services/schedule/seriesSync.ts keeps them in step with the rule).
 */

/** The fields an appointment and a series (as the template of its occurrences) share. */
const appointmentTemplate = () => ({
  type: text('type', { enum: APPOINTMENT_TYPES }).notNull(),
  /** Null only for office events without a client (type "other"). */
  clientId: integer('client_id').references(() => clients.id),
  officerId: integer('officer_id')
    .notNull()
    .references(() => users.id),
  title: text('title').notNull().default(''),
  timeZone: text('time_zone').notNull(),
  locationKind: text('location_kind', { enum: LOCATION_KINDS }).notNull(),
  /** The office room, or the place described in words. */
  locationText: text('location_text').notNull().default(''),
  addressId: integer('address_id').references(() => addresses.id),
  notes: text('notes').notNull().default(''),
  court: text('court').notNull().default(''),
  docketNumber: text('docket_number').notNull().default(''),
  hearingType: text('hearing_type').notNull().default(''),
  createdAt: createdAt(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => users.id),
  updatedAt: text('updated_at'),
  updatedBy: userRef('updated_by'),
});

export const appointmentSeries = sqliteTable(
  'appointment_series',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ...appointmentTemplate(),
    /** The first occurrence's start as local wall time in time_zone, YYYY-MM-DDTHH:mm (the rule's DTSTART). */
    firstStartLocal: text('first_start_local').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    pattern: text('pattern', { mode: 'json' }).notNull().$type<SeriesPattern>(),
    /** Last local date an occurrence may fall on; exactly one of until_date and count is set. */
    untilDate: text('until_date'),
    count: integer('count'),
  },
  (t) => [index('appointment_series_officer').on(t.officerId), index('appointment_series_client').on(t.clientId)],
);

export const appointments = sqliteTable(
  'appointments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ...appointmentTemplate(),
    /** UTC instants (ISO 8601 with Z), so they compare as strings. */
    startAt: text('start_at').notNull(),
    endAt: text('end_at').notNull(),
    status: text('status', { enum: APPOINTMENT_STATUSES }).notNull().default('scheduled'),
    /** The contact outcome recorded for it; also on the linked case note. */
    outcome: text('outcome', { enum: CONTACT_OUTCOMES }),
    outcomeRecordedAt: text('outcome_recorded_at'),
    outcomeRecordedBy: userRef('outcome_recorded_by'),
    noteId: integer('note_id').references(() => caseNotes.id),
    seriesId: integer('series_id').references(() => appointmentSeries.id),
    /** For an occurrence of a series: the start the rule gave it (UTC), which identifies it when the series is edited. */
    originalStartAt: text('original_start_at'),
    rowVersion: rowVersion(),
  },
  (t) => [
    index('appointments_officer_start').on(t.officerId, t.startAt),
    index('appointments_officer_status_start').on(t.officerId, t.status, t.startAt),
    index('appointments_client_start').on(t.clientId, t.startAt),
    index('appointments_series').on(t.seriesId, t.originalStartAt),
    index('appointments_note').on(t.noteId),
  ],
);

/** Occurrences changed or cancelled one at a time; series edits leave them as they are. */
export const appointmentSeriesExceptions = sqliteTable(
  'appointment_series_exceptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    seriesId: integer('series_id')
      .notNull()
      .references(() => appointmentSeries.id),
    /** The start the rule gave the occurrence (UTC), as on the appointment row. */
    originalStartAt: text('original_start_at').notNull(),
    kind: text('kind', { enum: SERIES_EXCEPTION_KINDS }).notNull(),
    appointmentId: integer('appointment_id')
      .notNull()
      .references(() => appointments.id),
    createdAt: createdAt(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex('appointment_series_exceptions_occurrence').on(t.seriesId, t.originalStartAt), index('appointment_series_exceptions_appointment').on(t.appointmentId)],
);

export type AppointmentRow = typeof appointments.$inferSelect;

export type AppointmentSeriesRow = typeof appointmentSeries.$inferSelect;

export type SeriesExceptionRow = typeof appointmentSeriesExceptions.$inferSelect;
