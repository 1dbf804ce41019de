import dayjs from 'dayjs';
import type { Faker } from '@faker-js/faker';
import { ISO_DATE_FORMAT } from '../../electron/api/shared/fieldSchemas';

/** Dates in the generated data are ISO strings (YYYY-MM-DD), as the intake input takes them. */
export const addDays = (date: string, days: number) => dayjs(date).add(days, 'day').format(ISO_DATE_FORMAT);
export const addMonths = (date: string, months: number) => dayjs(date).add(months, 'month').format(ISO_DATE_FORMAT);
export const daysBetween = (from: string, to: string) => dayjs(to).diff(dayjs(from), 'day');

/** The later and the earlier of dates or local moments (ISO strings sort in time order). */
export const later = (a: string, b: string) => (a > b ? a : b);
export const earlier = (a: string, b: string) => (a < b ? a : b);

/** "HH:mm" for a number of minutes after midnight. */
export const timeOfDay = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A local moment (YYYY-MM-DDTHH:mm) `minutes` later, as case-record entries are timed. Clock arithmetic on the
 * string, and a calendar step only past midnight: it runs a few million times for a scale office.
 */
export function addMinutes(moment: string, minutes: number): string {
  const total = Number(moment.slice(11, 13)) * 60 + Number(moment.slice(14, 16)) + minutes;
  const days = Math.floor(total / 1440);
  return `${days === 0 ? moment.slice(0, 10) : addDays(moment.slice(0, 10), days)}T${timeOfDay(total - days * 1440)}`;
}

/** A date between `from` and `to`, both included. */
export const dateBetween = (faker: Faker, from: string, to: string) => addDays(from, faker.number.int({ min: 0, max: Math.max(0, daysBetween(from, to)) }));

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format(ISO_DATE_FORMAT) === value;
