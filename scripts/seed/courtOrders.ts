import type { Faker } from '@faker-js/faker';
import type { SupervisionLevel } from '../../electron/api/clients/clientsCodes';
import type { IntakeInput } from '../../electron/api/clients/clientsSchemas';
import type { StandardCondition } from '../../electron/api/settings/intakeSettingsSchemas';
import { COURT, COURTHOUSES } from './localPlaces';
import { OFFENCES, type CatalogueOffence, type OffenceTheme } from './offenceCatalogue';
import { answerTo, type Answers } from './riskScreening';
import { addDays, addMonths } from './seedDates';
import { weighted } from './seedRandom';
import type { SupervisionStory } from './supervisionStory';

type CourtCase = IntakeInput['courtCases'][number];
type Condition = IntakeInput['conditions'][number];
type Special = Omit<Condition, 'kind' | 'courtCaseIndex'>;

export interface CourtOrder {
  courtCases: CourtCase[];
  conditions: Condition[];
  /** The kinds of offence across all cases, for the background and safety notes. */
  themes: Set<OffenceTheme>;
}

export interface CourtOrderFacts {
  story: SupervisionStory;
  answers: Answers;
  level: SupervisionLevel;
  judges: string[];
  standardConditions: StandardCondition[];
}

const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US')}`;

/** The special conditions a court typically adds for each kind of offence. */
const BY_THEME: Partial<Record<OffenceTheme, (faker: Faker) => Special[]>> = {
  property: (faker) => {
    const cents = faker.number.int({ min: 150, max: 7500 }) * 100;
    return [{ type: 'restitution', text: `Pay restitution to the victim of ${dollars(cents)}.`, targetAmount: cents, targetUnit: 'cents' }];
  },
  drugs: () => [
    { type: 'drug_testing', text: 'Submit to random drug and alcohol testing.', targetAmount: 4, targetUnit: 'tests_per_month' },
    { type: 'counseling', text: 'Complete an outpatient substance-use treatment program.', targetAmount: 24, targetUnit: 'sessions' },
  ],
  dui: () => [
    { type: 'counseling', text: 'Complete a first-offender DUI program.', targetAmount: 12, targetUnit: 'sessions' },
    { type: 'other', text: 'Do not drive without a valid license and insurance; no alcohol in the vehicle.', targetAmount: null, targetUnit: null },
  ],
  domestic: (faker) => [
    {
      type: 'no_contact',
      text: `No contact with the victim (${faker.string.alpha({ length: 1, casing: 'upper' })}. ${faker.person.lastName()}) directly or through others; stay at least 100 yards away.`,
      targetAmount: null,
      targetUnit: null,
    },
    { type: 'counseling', text: "Complete a 52-week batterer's intervention program.", targetAmount: 52, targetUnit: 'sessions' },
  ],
  violence: () => [{ type: 'counseling', text: 'Complete an anger-management program.', targetAmount: 16, targetUnit: 'sessions' }],
  weapons: () => [{ type: 'other', text: 'Submit person, vehicle and residence to search for weapons at any time.', targetAmount: null, targetUnit: null }],
};

function specialConditions(faker: Faker, cases: CatalogueOffence[][], facts: CourtOrderFacts): Condition[] {
  const special =
    (courtCaseIndex: number) =>
    (c: Special): Condition => ({ ...c, kind: 'special', courtCaseIndex });
  const fromOffences = cases.flatMap((offences, index) => [...new Set(offences.map((o) => o.theme))].flatMap((theme) => (BY_THEME[theme]?.(faker) ?? []).map(special(index))));
  const general: Special[] = [];
  if (faker.datatype.boolean({ probability: 0.45 })) {
    const hours = faker.helpers.arrayElement([40, 80, 100, 120, 200]);
    general.push({ type: 'community_service', text: `Complete ${hours} hours of community service.`, targetAmount: hours, targetUnit: 'hours' });
  }
  if (answerTo(facts.answers, 'mental_health') === 2) {
    general.push({ type: 'counseling', text: 'Complete a mental-health assessment and follow the treatment recommended.', targetAmount: null, targetUnit: null });
  }
  if (answerTo(facts.answers, 'employment') === 2) {
    general.push({ type: 'employment', text: 'Attend the job-readiness program at the workforce development center.', targetAmount: 8, targetUnit: 'sessions' });
  }
  if ((facts.level === 'high' || facts.level === 'very_high') && faker.datatype.boolean({ probability: 0.3 })) {
    general.push({ type: 'curfew', text: 'Curfew from 22:00 to 06:00 unless at work with the officer’s approval.', targetAmount: 90, targetUnit: 'days' });
  }
  return [...fromOffences, ...general.map(special(0))];
}

/** A main offence and up to two more of the same kind (or a public-order count), as charged together. */
function chargedOffences(faker: Faker): CatalogueOffence[] {
  const main = faker.helpers.arrayElement(OFFENCES);
  const companions = OFFENCES.filter((o) => o !== main && (o.theme === main.theme || o.theme === 'public_order'));
  return [main, ...faker.helpers.arrayElements(companions, { min: 0, max: 2 })];
}

function courtCase(faker: Faker, offences: CatalogueOffence[], facts: CourtOrderFacts, termMonths: number): CourtCase {
  const { intakeOn } = facts.story;
  const dispositionDate = addDays(intakeOn, -faker.number.int({ min: 0, max: 21 }));
  const offenceDate = addDays(dispositionDate, -faker.number.int({ min: 45, max: 400 }));
  const felony = offences.some((o) => o.offenceClass === 'felony');
  const sentenceType = felony
    ? weighted(faker, [
        [50, 'probation'],
        [25, 'split_sentence'],
        [15, 'suspended_sentence'],
        [10, 'deferred_adjudication'],
      ] as const)
    : weighted(faker, [
        [80, 'probation'],
        [20, 'conditional_discharge'],
      ] as const);
  const sentenceDetails = felony
    ? `${termMonths} months formal probation; ${faker.helpers.arrayElement([90, 180, 270, 365])} days county jail with credit for ${faker.number.int({ min: 2, max: 60 })} days served.`
    : `${termMonths} months summary probation; fine of ${dollars(faker.helpers.arrayElement([39000, 52000, 150000]))} plus penalty assessments.`;
  return {
    docketNumber: `${felony ? 'RIF' : 'RIM'}${offenceDate.slice(2, 4)}${faker.string.numeric(5)}`,
    court: `${COURT}, ${faker.helpers.arrayElement(COURTHOUSES)}`,
    judge: faker.helpers.arrayElement(facts.judges),
    dispositionDate,
    plea: weighted(faker, [
      [60, 'guilty'],
      [28, 'no_contest'],
      [10, 'found_guilty_at_trial'],
      [2, 'alford'],
    ] as const),
    sentenceType,
    sentenceDetails,
    termStart: intakeOn,
    termEnd: addMonths(intakeOn, termMonths),
    offences: offences.map(({ statute, description, offenceClass }) => ({ statute, description, offenceClass, offenceDate })),
  };
}

/**
 * One court case (sometimes two, sentenced together) with its offences, the office's standard conditions
 * on the first case and special conditions that fit the offences and the screening.
 */
export function courtOrder(faker: Faker, facts: CourtOrderFacts): CourtOrder {
  const { termMonths } = facts.story;
  const charged = Array.from({ length: faker.datatype.boolean({ probability: 0.25 }) ? 2 : 1 }, () => chargedOffences(faker));
  // A second case runs concurrently, for no longer than the first.
  const courtCases = charged.map((offences, i) => courtCase(faker, offences, facts, i === 0 ? termMonths : Math.min(termMonths, faker.helpers.arrayElement([12, 18, 24]))));
  const standard = facts.standardConditions.map((c): Condition => ({
    kind: 'standard',
    type: c.type,
    text: c.text,
    targetAmount: c.targetAmount ?? null,
    targetUnit: c.targetUnit ?? null,
    courtCaseIndex: 0,
  }));
  return { courtCases, conditions: [...standard, ...specialConditions(faker, charged, facts)], themes: new Set(charged.flat().map((o) => o.theme)) };
}
