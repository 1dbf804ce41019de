import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { DbExecutor } from '../../../db/open';
import { readSetting } from '../settings/settings';
import { ISO_DATE_FORMAT } from '../../api/shared/fieldSchemas';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Conversions between UTC instants and the office's wall clock. A local time that does not exist (the hour
 * skipped when clocks go forward) moves forward by the gap; one that happens twice (clocks going back) is
 * taken in standard time, the later of the two.
 */
export const officeTimeZone = (db: DbExecutor): string => readSetting(db, 'schedule').timeZone;

/** 'YYYY-MM-DDTHH:mm' on the office clock → UTC instant (ISO 8601 with Z). */
export const zonedToUtc = (local: string, zone: string): string => dayjs.tz(local, zone).toISOString();

/**
 * One formatter per zone, kept: dayjs's .tz() builds a new one on every call (Date#toLocaleString), about half a
 * millisecond each, which made every list of appointments cost that twice per row.
 */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(zone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    wallClockFormats.set(zone, format);
  }
  return format;
}

/** The date and time an office clock shows at an instant. */
function wallClock(instant: string | Date, zone: string) {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of wallClockFormat(zone).formatToParts(new Date(instant))) parts[type] = value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** UTC instant → 'YYYY-MM-DDTHH:mm' on the office clock. */
export const utcToZoned = (instant: string | Date, zone: string): string => {
  const { date, time } = wallClock(instant, zone);
  return `${date}T${time}`;
};

/** The office's calendar date at an instant, 'YYYY-MM-DD'. */
export const dateInZone = (instant: string | Date, zone: string): string => wallClock(instant, zone).date;

/** The instant an office calendar day begins, as UTC. */
export const dayStartUtc = (date: string, zone: string): string => zonedToUtc(`${date}T00:00`, zone);

/** A calendar date `days` days after another (negative: before). */
export const addDays = (date: string, days: number): string => dayjs(date).add(days, 'day').format(ISO_DATE_FORMAT);

/** Whole calendar days from one date to another. */
export const daysBetween = (from: string, to: string): number => dayjs(to).diff(dayjs(from), 'day');

/** The instant as a dayjs object on the office clock (for libraries that format it themselves). */
export const inZone = (instant: string | Date, zone: string) => dayjs(instant).tz(zone);
