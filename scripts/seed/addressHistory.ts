import type { Faker } from '@faker-js/faker';
import type { IntakeInput } from '../../electron/api/clients/clientsSchemas';
import { localPlace } from './localPlaces';
import { addDays } from './seedDates';

const HOUSEHOLDS = [
  'Lives alone',
  'Mother and two younger brothers',
  'Partner and their two children',
  'Girlfriend',
  'Grandmother',
  'Three roommates (names on file)',
  'Sister and her husband',
  'Wife and three children',
  'Father',
  'Sober-living house, six residents',
];
const NOTES = ['', '', '', 'Gate code on file; dog in the yard.', 'Rear unit; enter from the alley.', 'Apartment on the second floor; no elevator.'];

export type AddressParts = IntakeInput['addresses'];

/**
 * The current residence and the ones before it, newest first; each earlier one ends the day before the
 * next begins. `moves` (0–2, from the screening's residence item) is how often the client moved last year.
 */
export function addressHistory(faker: Faker, intakeOn: string, moves: number): AddressParts {
  const count = moves === 0 ? faker.helpers.arrayElement([1, 1, 2]) : moves + 1;
  let movedIn = addDays(intakeOn, -(moves === 0 ? faker.number.int({ min: 400, max: 3000 }) : faker.number.int({ min: 10, max: 300 })));
  let movedOut: string | null = null;
  const history: AddressParts = [];
  for (let i = 0; i < count; i += 1) {
    history.push({
      kind: 'residence',
      ...localPlace(faker),
      line2: faker.datatype.boolean({ probability: 0.25 }) ? faker.location.secondaryAddress() : '',
      livingWith: faker.helpers.arrayElement(HOUSEHOLDS),
      movedIn,
      movedOut,
      notes: movedOut === null ? faker.helpers.arrayElement(NOTES) : '',
    });
    movedOut = addDays(movedIn, -1);
    movedIn = addDays(movedOut, -faker.number.int({ min: 60, max: 900 }));
  }
  return history;
}
