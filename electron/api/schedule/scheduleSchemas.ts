import dayjs from 'dayjs';
import { z } from 'zod';
import { APPOINTMENT_TYPES, LOCATION_KINDS, type AppointmentStatus, type AppointmentType } from './scheduleCodes';
import { CONTACT_OUTCOMES } from '../caseNotes/caseNotesCodes';
import { editedVersion, isoDate, localDateTime, optionalText, recordId } from '../shared/fieldSchemas';

/** How the app and its exports name each type of appointment. */
export const APPOINTMENT_TYPE_LABELS: Record<AppointmentType, string> = {
  office_visit: 'Office visit',
  home_visit: 'Home visit',
  field_visit: 'Field visit',
  drug_test: 'Drug test',
  program_session: 'Program session',
  court_hearing: 'Court hearing',
  other: 'Other',
};

/** How an appointment went, in words (a missed one includes an excused absence: the client was not there). */
export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  scheduled: 'Scheduled',
  completed: 'Attended',
  missed: 'Missed',
  cancelled: 'Cancelled',
  rescheduled: 'Rescheduled',
};

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
/** Monthly on the start's day of the month (the 14th) or on its weekday of the month (the 2nd Tuesday; a 5th one means the last). */
export const MONTHLY_BY = ['day_of_month', 'weekday_of_month'] as const;

/** A series may not go on for ever: this many occurrences at most (a year of daily check-ins). */
export const MAX_OCCURRENCES = 366;
/** An appointment lasts at most a day. */
export const MAX_DURATION_MINUTES = 24 * 60;
/** Calendar lists and exports cover at most this many days at once. */
export const MAX_RANGE_DAYS = 366;

/** The shape of a recurrence without its end; the days it falls on follow from the first start. */
export const seriesPatternSchema = z.object({
  frequency: z.enum(FREQUENCIES, { error: 'Choose how often the appointment repeats.' }),
  interval: z
    .number({ error: 'Enter how many days, weeks or months apart the appointments are.' })
    .int('Enter a whole number.')
    .min(1, 'The interval must be at least 1.')
    .max(99, 'The interval can be at most 99.'),
  /** Weekly only: the days of the week; empty means the first start's weekday. */
  weekdays: z
    .array(z.enum(WEEKDAYS, { error: 'Choose days of the week.' }))
    .max(7)
    .default([])
    .transform((days) => WEEKDAYS.filter((day) => days.includes(day))),
  monthlyBy: z.enum(MONTHLY_BY, { error: 'Choose whether the series repeats on a date or on a weekday of the month.' }).default('day_of_month'),
});
export type SeriesPattern = z.infer<typeof seriesPatternSchema>;

/** A recurrence: its pattern and when it ends, on a date or after a number of occurrences (exactly one of the two). */
export const recurrenceSchema = seriesPatternSchema
  .extend({
    until: isoDate('the last date of the series').nullable().default(null),
    count: z
      .number({ error: 'Enter how many times the appointment happens.' })
      .int('Enter a whole number of occurrences.')
      .min(1, 'A series has at least 1 occurrence.')
      .max(MAX_OCCURRENCES, `A series can have at most ${MAX_OCCURRENCES} occurrences.`)
      .nullable()
      .default(null),
  })
  .superRefine((recurrence, ctx) => {
    if ((recurrence.until === null) === (recurrence.count === null)) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'End the series either on a date or after a number of occurrences.' });
    }
    if (recurrence.frequency !== 'weekly' && recurrence.weekdays.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['weekdays'], message: 'Days of the week apply to weekly series only.' });
    }
  });
export type Recurrence = z.infer<typeof recurrenceSchema>;

const durationMinutes = (start: string, end: string) => dayjs(end).diff(dayjs(start), 'minute');

/** What the officer fills in for an appointment (or a series' template); times are the office's local wall time. */
export const appointmentFieldsSchema = z
  .object({
    type: z.enum(APPOINTMENT_TYPES, { error: 'Choose the type of appointment.' }),
    clientId: recordId('the client').nullable().default(null),
    officerId: recordId('the officer'),
    title: optionalText('the title', 200),
    start: localDateTime('the start'),
    end: localDateTime('the end'),
    locationKind: z.enum(LOCATION_KINDS, { error: 'Choose where the appointment takes place.' }),
    /** The office room, or the place in words when the location is "other". */
    locationText: optionalText('the location', 300),
    addressId: recordId("one of the client's addresses").nullable().default(null),
    notes: optionalText('the notes', 2000),
    court: optionalText('the court', 200),
    docketNumber: optionalText('the docket number', 100),
    hearingType: optionalText('the hearing type', 200),
  })
  .superRefine((fields, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const minutes = durationMinutes(fields.start, fields.end);
    if (minutes <= 0) issue('end', 'The end must be after the start.');
    else if (minutes > MAX_DURATION_MINUTES) issue('end', 'An appointment can last at most 24 hours.');
    if (fields.type !== 'other' && fields.clientId === null) issue('clientId', 'Choose the client; only "other" events can be without one.');
    if (fields.type === 'other' && fields.clientId === null && !fields.title) issue('title', 'Give the event a title.');
    if (fields.type === 'court_hearing') {
      if (!fields.court) issue('court', 'Enter the court.');
      if (!fields.hearingType) issue('hearingType', 'Enter the type of hearing.');
    }
    if (fields.locationKind === 'client_address' && fields.addressId === null) issue('addressId', "Choose one of the client's addresses.");
    if (fields.locationKind !== 'client_address' && fields.addressId !== null) issue('addressId', 'An address goes with the location "client\'s address" only.');
    if (fields.locationKind === 'other' && !fields.locationText) issue('locationText', 'Describe where the appointment takes place.');
  });
export type AppointmentFields = z.infer<typeof appointmentFieldsSchema>;

const appointmentId = recordId('an appointment');
/** Officer double-bookings are shown first; sending the same input again with this set saves it anyway. */
const confirmConflicts = z.boolean().default(false);

export const createAppointmentInputSchema = z.object({
  appointment: appointmentFieldsSchema,
  recurrence: recurrenceSchema.nullable().default(null),
  confirmConflicts,
});
export const appointmentIdInputSchema = z.object({ appointmentId });
/** Changes one appointment, or one occurrence of a series (which then keeps its own values when the series changes). */
export const updateOccurrenceInputSchema = z.object({ appointmentId, version: editedVersion, appointment: appointmentFieldsSchema, confirmConflicts });
/** Changes this occurrence and every later one: the series is split here; a null recurrence keeps the series' own. */
export const updateFollowingInputSchema = z.object({
  appointmentId,
  appointment: appointmentFieldsSchema,
  recurrence: recurrenceSchema.nullable().default(null),
  confirmConflicts,
});
export const cancelAppointmentInputSchema = z.object({
  appointmentId,
  /** "following" ends the series before this occurrence; for a single appointment both mean the same. */
  which: z.enum(['this', 'following']).default('this'),
});
export const setOutcomeInputSchema = z
  .object({
    appointmentId,
    outcome: z.enum(CONTACT_OUTCOMES, { error: 'Choose the outcome.' }),
    absenceReason: optionalText('the reason for the absence', 1000),
  })
  .superRefine((input, ctx) => {
    if (input.outcome === 'acceptable_absence' && !input.absenceReason) {
      ctx.addIssue({ code: 'custom', path: ['absenceReason'], message: 'Give the reason the absence was acceptable.' });
    }
  });

/** Whose schedule: my own, one officer's (supervisors), or my team's (supervisors: me and the officers I supervise). */
const scopeFields = {
  scope: z.enum(['mine', 'officer', 'team']).default('mine'),
  officerId: recordId('the officer').nullable().default(null),
};
const requireOfficerOfScope = (input: { scope: string; officerId: number | null }, ctx: z.RefinementCtx) => {
  if (input.scope === 'officer' && input.officerId === null) ctx.addIssue({ code: 'custom', path: ['officerId'], message: 'Choose the officer.' });
};
export const scheduleScopeSchema = z.object(scopeFields).superRefine(requireOfficerOfScope);
export type ScheduleScope = z.infer<typeof scheduleScopeSchema>;

const rangeFields = { from: isoDate('the first date'), to: isoDate('the last date') };
const requireShortRange = (range: { from: string; to: string }, ctx: z.RefinementCtx) => {
  const days = dayjs(range.to).diff(dayjs(range.from), 'day');
  if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last date cannot be before the first date.' });
  else if (days >= MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `Choose a range of at most ${MAX_RANGE_DAYS} days.` });
};

export const listAppointmentsInputSchema = z
  .object({
    ...scopeFields,
    ...rangeFields,
    types: z.array(z.enum(APPOINTMENT_TYPES)).default([]),
    includeCancelled: z.boolean().default(true),
  })
  .superRefine((input, ctx) => {
    requireOfficerOfScope(input, ctx);
    requireShortRange(input, ctx);
  });
export type ListAppointmentsInput = z.infer<typeof listAppointmentsInputSchema>;

export const dashboardInputSchema = scheduleScopeSchema;
/** One officer's appointments (default: mine) between two local dates, as an iCalendar file. */
export const exportIcsInputSchema = z.object({ ...rangeFields, officerId: recordId('the officer').nullable().default(null) }).superRefine(requireShortRange);
/** The home and field visits of one day, for the itinerary. */
export const fieldDayInputSchema = z.object({ officerId: recordId('the officer').nullable().default(null), date: isoDate('the date') });
/** A client's appointments between two local dates, whoever holds them. */
export const clientAppointmentsInputSchema = z.object({ ...rangeFields, clientId: recordId('the client') }).superRefine(requireShortRange);
