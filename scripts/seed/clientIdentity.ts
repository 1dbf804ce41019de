import type { Faker } from '@faker-js/faker';
import type { IntakeInput } from '../../electron/api/clients/clientsSchemas';
import { localPhone } from './localPlaces';
import { placeholderPhoto } from './placeholderPhoto';
import { addDays } from './seedDates';
import { cmToMm, kgToGrams } from '../../electron/api/format/measurements';
import { weighted } from './seedRandom';

export type PersonParts = Pick<IntakeInput, 'identity' | 'photo' | 'aliases' | 'identifiers'>;

const RACES: [number, string][] = [
  [45, 'Hispanic or Latino'],
  [30, 'White'],
  [13, 'Black or African American'],
  [6, 'Asian'],
  [2, 'American Indian or Alaska Native'],
  [1, 'Native Hawaiian or Pacific Islander'],
  [3, 'Two or more races'],
];
const LANGUAGES: [number, string][] = [
  [82, 'English'],
  [15, 'Spanish'],
  [1, 'Vietnamese'],
  [1, 'Tagalog'],
  [1, 'Korean'],
];
const EYES = ['brown', 'brown', 'brown', 'hazel', 'blue', 'green', 'gray'];
const HAIR = ['black', 'black', 'brown', 'brown', 'blonde', 'red', 'gray', 'bald'];
const MARKS = [
  'Tattoo of a rose on the right forearm',
  'Scar above the left eyebrow',
  "Tattoo reading 'FAMILY' across the upper back",
  'Tattoo of a name on the left side of the neck',
  'Burn scar on the back of the right hand',
  'Tattoo of praying hands on the left forearm',
  'Missing tip of the left index finger',
  'Pierced eyebrow',
];
const NICKNAMES = ['Junior', 'Smokey', 'Red', 'Tiny', 'Ace', 'Chino', 'Boo', 'Flaco', 'Dre', 'Lil Man'];

const letter = (faker: Faker) => faker.string.alpha({ length: 1, casing: 'upper' });

function otherNames(faker: Faker, first: string, last: string, sex: 'female' | 'male'): PersonParts['aliases'] {
  const kinds = faker.helpers.arrayElements(sex === 'female' ? (['nickname', 'alias', 'previous_name'] as const) : (['nickname', 'alias'] as const), { min: 1, max: 2 });
  return kinds.map((kind) => {
    if (kind === 'nickname') return { kind, firstName: faker.helpers.arrayElement(NICKNAMES), lastName: last };
    if (kind === 'previous_name') return { kind, firstName: first, lastName: faker.person.lastName() };
    return { kind, firstName: faker.person.firstName(sex), lastName: faker.person.lastName() };
  });
}

/** Numbers shaped like a California CII number, an FBI number and a driver licence; all made up. */
function identifiers(faker: Faker): PersonParts['identifiers'] {
  const found: PersonParts['identifiers'] = [{ type: 'state_id', value: `${letter(faker)}${faker.string.numeric(8)}`, issuer: 'California DOJ' }];
  if (faker.datatype.boolean({ probability: 0.85 })) {
    found.push({ type: 'fbi_number', value: `${faker.string.numeric(6)}${letter(faker)}${letter(faker)}${faker.string.numeric(1)}`, issuer: 'FBI' });
  }
  if (faker.datatype.boolean({ probability: 0.5 })) {
    found.push({ type: 'drivers_license', value: `${letter(faker)}${faker.string.numeric(7)}`, issuer: 'California' });
  }
  return found;
}

/** Who the client is: name, description, contact, other names and identifiers; an adult of 18–64 at intake. */
export function syntheticPerson(faker: Faker, intakeOn: string): PersonParts {
  const sex = weighted(faker, [
    [74, 'male'],
    [25, 'female'],
    [1, 'unknown'],
  ] as const);
  const nameSex = sex === 'female' ? 'female' : 'male';
  const firstName = faker.person.firstName(nameSex);
  const lastName = faker.person.lastName();
  const primaryLanguage = weighted(faker, LANGUAGES);
  const tall = nameSex === 'male' ? 165 : 152;
  return {
    identity: {
      firstName,
      middleName: faker.datatype.boolean({ probability: 0.6 }) ? faker.person.middleName(nameSex) : '',
      lastName,
      suffix: faker.datatype.boolean({ probability: 0.03 }) ? faker.helpers.arrayElement(['Jr.', 'Sr.', 'III']) : '',
      dateOfBirth: addDays(intakeOn, -faker.number.int({ min: 18 * 365 + 5, max: 64 * 365 })),
      sex,
      raceEthnicity: weighted(faker, RACES),
      heightMm: cmToMm(faker.number.int({ min: tall, max: tall + 30 })),
      weightG: kgToGrams(faker.number.int({ min: 50, max: 130 })),
      eyeColour: faker.helpers.arrayElement(EYES),
      hairColour: faker.helpers.arrayElement(HAIR),
      distinguishingMarks: faker.datatype.boolean({ probability: 0.4 }) ? faker.helpers.arrayElements(MARKS, { min: 1, max: 2 }).join('; ') : '',
      phone: faker.datatype.boolean({ probability: 0.9 }) ? localPhone(faker) : '',
      email: faker.datatype.boolean({ probability: 0.4 }) ? faker.internet.email({ firstName, lastName, provider: 'example.com' }) : '',
      primaryLanguage,
      interpreterNeeded: primaryLanguage !== 'English' && faker.datatype.boolean({ probability: 0.4 }),
    },
    photo: placeholderPhoto(faker),
    aliases: faker.datatype.boolean({ probability: 0.25 }) ? otherNames(faker, firstName, lastName, nameSex) : [],
    identifiers: identifiers(faker),
  };
}
