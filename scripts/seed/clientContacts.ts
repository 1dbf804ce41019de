import type { Faker } from '@faker-js/faker';
import type { IntakeInput } from '../../electron/api/clients/clientsSchemas';
import { localPhone, localPlace, placeLine } from './localPlaces';
import { answerTo, type Answers } from './riskScreening';
import { personName } from './seedRandom';

type Associate = IntakeInput['associates'][number];

export interface ClientContacts {
  associates: Associate[];
  /** The employer's name, for the background notes; null when unemployed. */
  employer: string | null;
  treatmentProvider: string | null;
}

const BLOOD_RELATIVES = ['Mother', 'Father', 'Sister', 'Brother', 'Grandmother', 'Aunt', 'Uncle', 'Adult son', 'Adult daughter'];
const PARTNERS = ['Spouse', 'Partner', 'Girlfriend', 'Boyfriend'];
const FAMILY_NOTES = ['Supportive; came to the first office visit.', 'Can verify the residence.', 'Limited contact since the arrest.', ''];
const TRADES = ['Landscaping', 'Roofing', 'Auto Body', 'Plumbing', 'Tire & Wheel', 'Construction', 'Painting', 'Pallet Co.'];
const EMPLOYERS = [
  'Inland Empire Distribution Center',
  'Mission Grove Car Wash',
  'Canyon Crest Market',
  'Sunrise Senior Living',
  'Pacific Coast Staffing',
  'Magnolia Avenue Diner',
];
const SHIFTS = ['works Mon–Fri day shift', 'works nights, 22:00–06:30', 'works weekends and two weekday evenings'];
const TREATMENT = ['Inland Recovery Services (outpatient)', 'County Behavioral Health, Substance Use Program', 'New Horizons Counseling Center', 'Valley Mental Health Clinic'];
const ATTORNEY_FIRMS = ['Office of the Public Defender', 'Office of the Public Defender', 'Law Office of'];

function family(faker: Faker, clientLastName: string, supportive: boolean): Associate {
  const partner = faker.datatype.boolean({ probability: 0.3 });
  const relationship = faker.helpers.arrayElement(partner ? PARTNERS : BLOOD_RELATIVES);
  const name = `${faker.person.firstName()} ${partner ? faker.person.lastName() : clientLastName}`;
  const notes = supportive ? faker.helpers.arrayElement(FAMILY_NOTES.slice(0, 2)) : faker.helpers.arrayElement(FAMILY_NOTES.slice(2));
  return { kind: 'family', name, relationship, phone: localPhone(faker), address: faker.datatype.boolean() ? placeLine(localPlace(faker)) : '', notes };
}

function employer(faker: Faker, partTime: boolean): Associate {
  const name = faker.datatype.boolean() ? `${faker.person.lastName()} ${faker.helpers.arrayElement(TRADES)}` : faker.helpers.arrayElement(EMPLOYERS);
  const shift = partTime ? 'part-time; hours vary week to week' : faker.helpers.arrayElement(SHIFTS);
  return {
    kind: 'employer',
    name,
    relationship: 'Employer',
    phone: localPhone(faker),
    address: placeLine(localPlace(faker)),
    notes: `Supervisor: ${personName(faker)}; ${shift}.`,
  };
}

function attorney(faker: Faker): Associate {
  const firm = faker.helpers.arrayElement(ATTORNEY_FIRMS);
  const lawyer = personName(faker);
  const name = firm === 'Law Office of' ? `Law Office of ${lawyer}` : `${firm} (${lawyer}, Deputy PD)`;
  return { kind: 'attorney', name, relationship: 'Defense attorney', phone: localPhone(faker), address: '', notes: '' };
}

/** The people around the client, following the screening: an employer when working, a provider when in treatment. */
export function clientContacts(faker: Faker, clientLastName: string, answers: Answers): ClientContacts {
  const employment = answerTo(answers, 'employment');
  const inTreatment = answerTo(answers, 'substance_use') > 0 || answerTo(answers, 'mental_health') === 1;
  const associates = Array.from({ length: faker.number.int({ min: 1, max: 2 }) }, () => family(faker, clientLastName, answerTo(answers, 'family') === 0));
  const job = employment < 2 ? employer(faker, employment === 1) : null;
  if (job) associates.push(job);
  const treatmentProvider = inTreatment ? faker.helpers.arrayElement(TREATMENT) : null;
  if (treatmentProvider) {
    associates.push({
      kind: 'treatment_provider',
      name: treatmentProvider,
      relationship: 'Counselor',
      phone: localPhone(faker),
      address: '',
      notes: `Counselor: ${personName(faker)}.`,
    });
  }
  if (faker.datatype.boolean({ probability: 0.8 })) associates.push(attorney(faker));
  return { associates, employer: job?.name ?? null, treatmentProvider };
}
