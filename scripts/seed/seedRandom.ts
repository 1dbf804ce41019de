import { Faker, base, en, en_US } from '@faker-js/faker';

/** The demo data set's seed: the same seed and reference date always give the same office. */
export const DEMO_SEED = 20261123;

/** A Faker of its own (not the shared singleton), so nothing else that uses faker can shift the sequence. */
export function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [en_US, en, base] });
  faker.seed(seed);
  return faker;
}

/** Picks a value by weight, from a table written as `[weight, value]` pairs; a weight of 0 leaves its value out. */
export function weighted<T>(faker: Faker, table: readonly (readonly [number, T])[]): T {
  return faker.helpers.weightedArrayElement(table.filter(([weight]) => weight > 0).map(([weight, value]) => ({ weight, value })));
}

/** First and last name only: faker's fullName adds titles and suffixes ("Dr.", "IV") that read oddly in case notes. */
export const personName = (faker: Faker) => `${faker.person.firstName()} ${faker.person.lastName()}`;
