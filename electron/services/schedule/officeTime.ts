import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { DbExecutor } from '../../../db/open';
import { readSetting } from '../settings/settings';
import { ISO_DATE_FORMAT, LOCAL_DATE_TIME_FORMAT } from '../../api/shared/fieldSchemas';

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

/** UTC instant → 'YYYY-MM-DDTHH:mm' on the office clock. */
export const utcToZoned = (instant: string | Date, zone: string): string => dayjs(instant).tz(zone).format(LOCAL_DATE_TIME_FORMAT);

/** The office's calendar date at an instant, 'YYYY-MM-DD'. */
export const dateInZone = (instant: string | Date, zone: string): string => dayjs(instant).tz(zone).format(ISO_DATE_FORMAT);

/** The instant an office calendar day begins, as UTC. */
export const dayStartUtc = (date: string, zone: string): string => zonedToUtc(`${date}T00:00`, zone);

/** A calendar date `days` days after another (negative: before). */
export const addDays = (date: string, days: number): string => dayjs(date).add(days, 'day').format(ISO_DATE_FORMAT);

/** Whole calendar days from one date to another. */
export const daysBetween = (from: string, to: string): number => dayjs(to).diff(dayjs(from), 'day');

/** The instant as a dayjs object on the office clock (for libraries that format it themselves). */
export const inZone = (instant: string | Date, zone: string) => dayjs(instant).tz(zone);
