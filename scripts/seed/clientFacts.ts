import type { Faker } from '@faker-js/faker';
import type { ClientStatus, SupervisionLevel } from '../../electron/api/clients/clientsCodes';
import { scoreScreening } from '../../electron/api/assessments/scoring';
import type { IntakeInput } from '../../electron/api/clients/clientsSchemas';
import type { RiskInstrument } from '../../electron/api/settings/intakeSettingsSchemas';
import { answerTo } from './riskScreening';
import { addDays } from './seedDates';
import type { ClientPlan } from './syntheticClients';

export type Condition = IntakeInput['conditions'][number];

/** The substances a client may test positive for; one is "theirs", as officers come to know. */
export type Substance = 'THC' | 'amphetamines' | 'alcohol' | 'opiates' | 'cocaine';

/** What the case record of one client is written from: the intake, the screening and how the supervision went. */
export interface ClientFacts {
  firstName: string;
  /** "Mr. Lopez", "Ms. Lopez" or "Jordan Lopez" when the sex is not known. */
  formalName: string;
  pronoun: { he: string; his: string; him: string };
  level: SupervisionLevel;
  /** The days the client is out under supervision: from intake to the first change of status, or to yesterday. Empty when until < from. */
  from: string;
  until: string;
  /** The status that ended the time in the community (warrant, custody, closure), if any. */
  endedBy: { status: ClientStatus; closureReason: string | null } | null;
  home: string;
  employer: string | null;
  family: { name: string; relationship: string }[];
  provider: string | null;
  judge: string;
  needAreas: string[];
  /** The screening's substance-use answer: 0 none, 1 occasional, 2 serious. */
  substanceUse: number;
  drugOfChoice: Substance;
  /** Every condition with its index in the intake, which is the order the intake writes them in. */
  conditions: (Condition & { index: number })[];
}

const PRONOUNS = {
  male: { he: 'he', his: 'his', him: 'him' },
  female: { he: 'she', his: 'her', him: 'her' },
  unknown: { he: 'they', his: 'their', him: 'them' },
};

/** Drinkers after a DUI drink; others most often use what they were arrested for or what is common. */
function drugOfChoice(faker: Faker, offences: string): Substance {
  if (/alcohol|under the influence|DUI/i.test(offences)) return 'alcohol';
  if (/methamphetamine/i.test(offences)) return 'amphetamines';
  return faker.helpers.weightedArrayElement([
    { weight: 40, value: 'THC' },
    { weight: 25, value: 'amphetamines' },
    { weight: 20, value: 'alcohol' },
    { weight: 10, value: 'opiates' },
    { weight: 5, value: 'cocaine' },
  ] as const);
}

export function clientFacts(faker: Faker, plan: ClientPlan, instrument: RiskInstrument, today: string): ClientFacts {
  const { intake } = plan;
  const { identity } = intake;
  const home = intake.addresses.find((a) => a.movedOut === null) ?? intake.addresses[0];
  const associates = intake.associates;
  const first = plan.statusChanges[0];
  const from = intake.assignment.supervisionStartDate;
  const yesterday = addDays(today, -1);
  const offences = intake.courtCases.flatMap((c) => c.offences.map((o) => o.description)).join('; ');
  const sex = identity.sex === 'female' || identity.sex === 'male' ? identity.sex : 'unknown';
  return {
    firstName: identity.firstName,
    formalName: sex === 'unknown' ? `${identity.firstName} ${identity.lastName}` : `${sex === 'male' ? 'Mr.' : 'Ms.'} ${identity.lastName}`,
    pronoun: PRONOUNS[sex],
    level: intake.screening.chosenLevel,
    from,
    until: first && first.effectiveDate < yesterday ? first.effectiveDate : yesterday,
    endedBy: first ? { status: first.status, closureReason: first.closureReason } : null,
    home: `${home.line1}, ${home.city}`,
    employer: associates.find((a) => a.kind === 'employer')?.name ?? null,
    family: associates.filter((a) => a.kind === 'family').map((a) => ({ name: a.name, relationship: (a.relationship ?? 'relative').toLowerCase() })),
    provider: associates.find((a) => a.kind === 'treatment_provider')?.name ?? null,
    judge: intake.courtCases[0].judge ?? 'the court',
    needAreas: scoreScreening(instrument, intake.screening.answers).needAreas,
    substanceUse: Math.min(2, answerTo(intake.screening.answers, 'substance_use')),
    drugOfChoice: drugOfChoice(faker, offences),
    conditions: intake.conditions.map((condition, index) => ({ ...condition, index })),
  };
}

/** The intake's first condition of one of these types (a court's special condition before the office's standard one), if any. */
export function conditionOf(facts: ClientFacts, ...types: Condition['type'][]): (Condition & { index: number }) | undefined {
  const matching = facts.conditions.filter((c) => types.includes(c.type));
  return matching.find((c) => c.kind === 'special') ?? matching[0];
}
