import type { Faker } from '@faker-js/faker';
import type { IntakeInput } from '../../electron/api/clients/clientsSchemas';
import type { ClientContacts } from './clientContacts';
import type { OffenceTheme } from './offenceCatalogue';
import { answerTo, type Answers } from './riskScreening';

/** Short notes in an officer's telegraphic style; each list is indexed by the screening answer it follows. */
const EDUCATION = [
  ['High school diploma.', 'GED earned while in custody.', 'Associate degree in business from a community college.'],
  ['Left high school in 11th grade; no GED.', 'Left school in 10th grade; enrolled in adult education twice.'],
  ['Left school in 8th grade; reads at about a 6th-grade level.', 'Special education until leaving school at 15.'],
];
const FINANCES = [
  'Rent shared with a partner; behind on a car loan.',
  'Receives food assistance; no savings.',
  'Owes court fines from a prior case.',
  'Pays child support by wage garnishment.',
  'Lives with family rent-free; small savings.',
];
const PHYSICAL = [
  'No significant health problems reported.',
  'No significant health problems reported.',
  'Chronic back pain from a work injury; takes prescribed medication.',
  'Type 2 diabetes, managed with medication.',
  'Asthma; uses an inhaler.',
];
const MENTAL = [
  ['No mental-health history reported.'],
  ['Diagnosed with depression; sees a therapist monthly and takes prescribed medication.', 'PTSD diagnosis; in weekly counseling.'],
  ['Reports anxiety and poor sleep; not in treatment; referred for an assessment.', 'Past psychiatric hold; stopped taking medication last year.'],
];
const SUBSTANCE = [
  ['Denies drug use; drinks socially.', 'No substance use reported; last used cannabis years ago.'],
  ['Uses cannabis several times a week; occasional binge drinking.', 'Drinks most weekends, sometimes to blackout.'],
  ['Daily methamphetamine use until the arrest; two earlier treatment attempts did not last.', 'Heavy daily drinking; withdrawal symptoms reported at booking.'],
];
const PRIORS = [
  'No prior convictions.',
  'One prior misdemeanor conviction (petty theft).',
  'Two prior convictions: possession and driving on a suspended license.',
  'Long record: six prior convictions including two felonies; one earlier probation revoked.',
];
const SAFETY_ALERTS = [
  'Large dog at the residence; call ahead before home visits.',
  'History of assault on a peace officer; visit in pairs.',
  'Has been known to carry a knife.',
  'Household member has an active warrant; use caution at home visits.',
];

const pick = (faker: Faker, table: string[][], index: number) => faker.helpers.arrayElement(table[Math.min(index, table.length - 1)]);

function employmentNote(answer: number, contacts: ClientContacts): string {
  if (answer === 0) return `Works full-time at ${contacts.employer}.`;
  if (answer === 1) return `Part-time at ${contacts.employer}; looking for more hours.`;
  return 'Unemployed; last worked in warehouse logistics.';
}

/** The collateral background, consistent with the screening answers and the people around the client. */
export function backgroundNotes(faker: Faker, answers: Answers, contacts: ClientContacts): IntakeInput['background'] {
  const gangInvolved = answerTo(answers, 'peers') === 2 && faker.datatype.boolean();
  const failures = answerTo(answers, 'supervision_failures');
  return {
    education: pick(faker, EDUCATION, answerTo(answers, 'education')),
    employment: employmentNote(answerTo(answers, 'employment'), contacts),
    finances: faker.helpers.arrayElement(FINANCES),
    physicalHealth: faker.helpers.arrayElement(PHYSICAL),
    mentalHealth: pick(faker, MENTAL, answerTo(answers, 'mental_health')),
    substanceUse: pick(faker, SUBSTANCE, answerTo(answers, 'substance_use')),
    gangAffiliation: gangInvolved ? 'Self-reports past association with a local street gang; says the ties ended years ago.' : 'None known.',
    criminalHistory:
      PRIORS[Math.min(answerTo(answers, 'prior_convictions'), PRIORS.length - 1)] +
      (failures > 0 ? ` ${failures === 1 ? 'One failure' : 'Two failures'} to appear on record.` : ''),
  };
}

/** A few clients carry an alert for officers in the field; more often those with violent or weapons offences. */
export function safetyAlerts(faker: Faker, themes: Set<OffenceTheme>): string {
  const likely = themes.has('violence') || themes.has('weapons') || themes.has('domestic');
  return faker.datatype.boolean({ probability: likely ? 0.2 : 0.04 }) ? faker.helpers.arrayElement(SAFETY_ALERTS) : '';
}
