import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { z } from 'zod';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Field schemas shared by several domains. Labels are written lower-case ("the first name") so that
 * one label makes every message: "Enter the first name.", "The first name must be at most 100 characters."
 * Browser-safe: the renderer validates its forms with the same schemas.
 */
export const capitalize = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

export const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .max(max, `${capitalize(label)} must be at most ${max} characters.`)
    // A NUL byte is never typed; SQLite and the full-text index would cut or refuse the text at it.
    .regex(/^[^\0]*$/, `${capitalize(label)} cannot contain a NUL character.`);

export const optionalText = (label: string, max: number) => text(label, max).default('');

export const requiredText = (label: string, max: number, message = `Enter ${label}.`) => text(label, max).min(1, message);

export const recordId = (what: string) =>
  z
    .number({ error: `Choose ${what}.` })
    .int(`Choose ${what}.`)
    .positive(`Choose ${what}.`);

/**
 * The version of a record the edit was made on (its `rowVersion` as loaded): an edit of an older version is
 * refused instead of overwriting a change made meanwhile. Optional for callers that edit what they just read.
 */
export const editedVersion = z.number({ error: 'Reload the record and edit it again.' }).int('Reload the record and edit it again.').positive().optional();

export const phoneSchema = (label = 'the phone number') => text(label, 50).regex(/^[0-9+()\-.\s/ext]*$/i, `Use digits, spaces and + ( ) - . / only in ${label}.`);

export const emailSchema = text('the email address', 200)
  .refine((value) => value === '' || z.email().safeParse(value).success, 'Enter a valid email address, or leave it empty.')
  .default('');

export const ISO_DATE_FORMAT = 'YYYY-MM-DD';
export const LOCAL_DATE_TIME_FORMAT = 'YYYY-MM-DDTHH:mm';

/** What "today" and "now" are when a schema checks that a date has come. */
export interface ReferenceClock {
  today(): string;
  localDateTime(): string;
}
/** The office's time zone once the renderer has read the settings; until then (and with none) this computer's. */
let formsTimeZone: string | null = null;
const nowOnForms = () => (formsTimeZone ? dayjs().tz(formsTimeZone) : dayjs());
const formsClock: ReferenceClock = { today: () => nowOnForms().format(ISO_DATE_FORMAT), localDateTime: () => nowOnForms().format(LOCAL_DATE_TIME_FORMAT) };
let referenceClock = formsClock;

/** The renderer's forms read "today" and "now" on the office's clock, as the host checks them. */
export function setFormsTimeZone(zone: string | null) {
  formsTimeZone = zone;
}

/**
 * Runs a (synchronous) parse with the office's clock as the reference for "cannot be in the future": the main
 * process parses every request so (electron/ipc/dispatch.ts); the renderer's forms use the office's time zone
 * (setFormsTimeZone) once the settings are read.
 */
export function withReferenceClock<T>(clock: ReferenceClock | null, parse: () => T): T {
  const previous = referenceClock;
  referenceClock = clock ?? formsClock;
  try {
    return parse();
  } finally {
    referenceClock = previous;
  }
}

/** Today's date, as YYYY-MM-DD (ISO dates compare correctly as strings), on the office's clock. */
export const today = () => referenceClock.today();
const isCalendarDate = (value: string) => dayjs(value).format(ISO_DATE_FORMAT) === value;

/** A calendar date as YYYY-MM-DD. */
export const isoDate = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Enter ${label} as YYYY-MM-DD.`, abort: true })
    .refine(isCalendarDate, { message: `${capitalize(label)} is not a real calendar date.`, abort: true });

/** A date that has already happened (or is today). */
export const pastDate = (label: string) => isoDate(label).refine((value) => value <= today(), `${capitalize(label)} cannot be in the future.`);

/** The wall-clock time as YYYY-MM-DDTHH:mm (the office's local time; see db/schema.ts), on the same reference clock. */
export const nowLocal = () => referenceClock.localDateTime();

/** A local date and time as YYYY-MM-DDTHH:mm, with no offset: the time as the officer wrote it. */
export const localDateTime = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: `Enter ${label} as a date and time (YYYY-MM-DDTHH:mm).`, abort: true })
    .refine((value) => dayjs(value).format(LOCAL_DATE_TIME_FORMAT) === value, { message: `${capitalize(label)} is not a real date and time.`, abort: true });

/** A local date and time that has already come. */
export const pastDateTime = (label: string) => localDateTime(label).refine((value) => value <= nowLocal(), `${capitalize(label)} cannot be in the future.`);

/** Optional dates are null when not known; the form sends null, not an empty string. */
export const optionalDate = (schema: z.ZodType<string, string>) => schema.nullable().default(null);
