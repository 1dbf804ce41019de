import type { Faker } from '@faker-js/faker';

/** Towns of the (real) county the demo office is named after, with plausible ZIP codes; the people are invented. */
const TOWNS = [
  { city: 'Riverside', zips: ['92501', '92503', '92504', '92505', '92506', '92507', '92508'] },
  { city: 'Moreno Valley', zips: ['92551', '92553', '92555', '92557'] },
  { city: 'Corona', zips: ['92879', '92880', '92881', '92882'] },
  { city: 'Perris', zips: ['92570', '92571'] },
  { city: 'Hemet', zips: ['92543', '92544', '92545'] },
  { city: 'Jurupa Valley', zips: ['92509'] },
  { city: 'Lake Elsinore', zips: ['92530', '92532'] },
  { city: 'Menifee', zips: ['92584', '92585', '92586'] },
  { city: 'Murrieta', zips: ['92562', '92563'] },
  { city: 'Temecula', zips: ['92590', '92591', '92592'] },
  { city: 'San Jacinto', zips: ['92582', '92583'] },
  { city: 'Banning', zips: ['92220'] },
  { city: 'Indio', zips: ['92201', '92203'] },
];

const AREA_CODES = ['951', '951', '951', '909', '760'];

export interface Place {
  line1: string;
  city: string;
  region: string;
  postalCode: string;
}

export function localPlace(faker: Faker): Place {
  const town = faker.helpers.arrayElement(TOWNS);
  return { line1: faker.location.streetAddress(), city: town.city, region: 'CA', postalCode: faker.helpers.arrayElement(town.zips) };
}

export const placeLine = (place: Place) => `${place.line1}, ${place.city}, ${place.region} ${place.postalCode}`;

/** 555 exchange numbers: the range set aside for fiction, so no real line is printed. */
export const localPhone = (faker: Faker) => `(${faker.helpers.arrayElement(AREA_CODES)}) 555-${faker.string.numeric(4)}`;

export const COURT = 'Riverside County Superior Court';
export const COURTHOUSES = ['Hall of Justice, Riverside', 'Southwest Justice Center, Murrieta', 'Banning Justice Center', 'Larson Justice Center, Indio'];
