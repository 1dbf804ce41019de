import dayjs from 'dayjs';
import type { Faker } from '@faker-js/faker';
import { ISO_DATE_FORMAT } from '../../electron/services/shared/fieldSchemas';

/** Dates in the generated data are ISO strings (YYYY-MM-DD), as the intake input takes them. */
export const addDays = (date: string, days: number) => dayjs(date).add(days, 'day').format(ISO_DATE_FORMAT);
export const addMonths = (date: string, months: number) => dayjs(date).add(months, 'month').format(ISO_DATE_FORMAT);
export const daysBetween = (from: string, to: string) => dayjs(to).diff(dayjs(from), 'day');

/** A date between `from` and `to`, both included. */
export const dateBetween = (faker: Faker, from: string, to: string) => addDays(from, faker.number.int({ min: 0, max: Math.max(0, daysBetween(from, to)) }));

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format(ISO_DATE_FORMAT) === value;
