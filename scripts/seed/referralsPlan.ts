import type { Faker } from '@faker-js/faker';
import { AGENCIES, AGENCY_FOR_NEED, type AgencyKind } from './agencyDirectory';
import type { ClientFacts } from './clientFacts';
import type { RecordBuilder, Ref } from './recordEvents';
import { addDays } from './seedDates';
import { weighted } from './seedRandom';

const REASONS: Record<AgencyKind, string> = {
  housing: 'Unstable housing; needs help finding a stable place to live.',
  employment_training: 'Unemployed or under-employed; needs job-search help and training.',
  education: 'No high school diploma; referred for GED classes.',
  mental_health: 'Mental-health concerns raised at intake; needs an assessment and treatment.',
  substance_use_treatment: 'Substance use identified at intake; court-ordered assessment and treatment.',
  other: 'Referred for a cognitive-behavioral or family program in line with the case plan.',
};

const OUTCOMES = {
  completed: 'Completed the program; certificate in the file.',
  no_show: 'Did not attend the intake appointment; the agency closed the referral.',
  declined: 'The client declined the service.',
};

/** The agencies of the directory, by kind, as indexes into AGENCIES. */
const agenciesOf = (kind: AgencyKind) => AGENCIES.flatMap((agency, index) => (agency.kind === kind ? [index] : []));

type Step = { status: 'accepted' | 'attending' | 'completed' | 'declined' | 'no_show'; after: [number, number] };

/** The statuses a referral goes through, with the days after the previous one. */
function path(faker: Faker): Step[] {
  return weighted(faker, [
    [
      50,
      [
        { status: 'accepted', after: [3, 14] },
        { status: 'attending', after: [7, 21] },
        { status: 'completed', after: [60, 180] },
      ],
    ],
    [
      25,
      [
        { status: 'accepted', after: [3, 14] },
        { status: 'attending', after: [7, 21] },
      ],
    ],
    [15, [{ status: 'no_show', after: [14, 30] }]],
    [10, [{ status: 'declined', after: [5, 20] }]],
  ] as [number, Step[]][]);
}

function followThrough(faker: Faker, record: RecordBuilder, facts: ClientFacts, referral: Ref, referredOn: string, reason: string) {
  let date = referredOn;
  for (const step of path(faker)) {
    date = addDays(date, faker.number.int({ min: step.after[0], max: step.after[1] }));
    if (date > facts.until) return;
    record.step('referralStatus', { at: `${date}T14:20`, referral, change: { status: step.status, statusDate: date, note: '' } });
    if (step.status in OUTCOMES) {
      record.step('referralOutcome', { at: `${date}T14:25`, referral, change: { reason, followUpDate: null, outcomeNotes: OUTCOMES[step.status as keyof typeof OUTCOMES] } });
    }
  }
}

/** Referrals for most of the need areas the screening found, in the first weeks, and how each went. */
export function planReferrals(faker: Faker, record: RecordBuilder, facts: ClientFacts) {
  for (const area of facts.needAreas) {
    const kind = AGENCY_FOR_NEED[area];
    if (!kind || !faker.datatype.boolean({ probability: 0.7 })) continue;
    const referredOn = addDays(facts.from, faker.number.int({ min: 10, max: 45 }));
    if (referredOn > facts.until) continue;
    const reason = REASONS[kind];
    const followUpDate = addDays(referredOn, faker.number.int({ min: 14, max: 30 }));
    const ref = record.referral({ at: `${referredOn}T14:00`, agency: faker.helpers.arrayElement(agenciesOf(kind)), referral: { referredOn, reason, followUpDate } });
    followThrough(faker, record, facts, ref, referredOn, reason);
  }
}
