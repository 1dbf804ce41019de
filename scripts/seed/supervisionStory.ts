import type { Faker } from '@faker-js/faker';
import { CLOSURE_REASONS, type ClientStatus } from '../../electron/api/clients/clientsCodes';
import { addDays, addMonths, dateBetween, daysBetween } from './seedDates';
import { weighted } from './seedRandom';

type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** How far back the oldest generated supervision starts. */
export const HISTORY_DAYS = 1800;

const TERM_MONTHS = [12, 18, 24, 36, 48, 60];

export interface StatusChange {
  status: ClientStatus;
  effectiveDate: string;
  reason: string;
  closureReason: ClosureReason | null;
}

/** When a client's supervision started, how long it runs and what has happened to it since. */
export interface SupervisionStory {
  intakeOn: string;
  startStatus: 'intake' | 'active';
  termMonths: number;
  /** In date order, each after the intake and none after today. */
  changes: StatusChange[];
}

type Outcome = Exclude<ClientStatus, 'closed'> | ClosureReason;

/** Mostly active, as in a real office; the rest spread over the other statuses and closure reasons. */
const OUTCOMES: [number, Outcome][] = [
  [68, 'active'],
  [5, 'intake'],
  [5, 'warrant'],
  [4, 'absconded'],
  [5, 'in_custody'],
  [7, 'completed'],
  [2, 'early_discharge'],
  [2, 'revoked'],
  [1, 'transferred_out'],
  [0.3, 'deceased'],
  [0.7, 'other'],
];

const REASONS: Record<Exclude<Outcome, 'active' | 'intake'>, string[]> = {
  warrant: [
    'Failed to report for three scheduled appointments; bench warrant issued on the violation petition.',
    'New arrest reported by police; the court issued a warrant on the violation petition.',
    'Missed the court-ordered treatment intake and did not answer contact letters; warrant issued.',
  ],
  absconded: [
    'Left the verified residence without notice; whereabouts unknown.',
    'No contact for 45 days; phone disconnected and family say they do not know where the client is.',
  ],
  in_custody: [
    'Arrested on a new charge; held at the county jail pending arraignment.',
    'Booked on a probation violation hold.',
    'Serving a 30-day flash incarceration sanction for repeated positive tests.',
  ],
  completed: ['Term completed; all conditions met.', 'Term expired; fines and fees paid in full.'],
  early_discharge: ['Early termination granted by the court: compliant throughout, conditions complete.'],
  revoked: ['Probation revoked after the violation hearing; sentenced to state prison.', 'Probation revoked; sentenced to 16 months county jail.'],
  transferred_out: ['Supervision transferred to San Bernardino County (inter-county transfer).', 'Supervision transferred to Arizona under the interstate compact.'],
  deceased: ['Death reported by family; death certificate on file.'],
  other: ['Conviction vacated on appeal; case closed by court order.'],
};

const isClosure = (outcome: Outcome): outcome is ClosureReason => (CLOSURE_REASONS as readonly string[]).includes(outcome);

function change(faker: Faker, outcome: keyof typeof REASONS, effectiveDate: string): StatusChange {
  const reason = faker.helpers.arrayElement(REASONS[outcome]);
  return isClosure(outcome) ? { status: 'closed', effectiveDate, reason, closureReason: outcome } : { status: outcome, effectiveDate, reason, closureReason: null };
}

/** `count` dates from `from` to `to`, in order: one in each equal part of the span. */
function datesInOrder(faker: Faker, from: string, to: string, count: number): string[] {
  const part = daysBetween(from, to) / count;
  return Array.from({ length: count }, (_, i) => dateBetween(faker, addDays(from, Math.ceil(i * part)), addDays(from, Math.floor((i + 1) * part) - 1)));
}

/** A term long enough to run past `after` (the date ranges below always leave one). */
const termRunningPast = (faker: Faker, intakeOn: string, after: string) => faker.helpers.arrayElement(TERM_MONTHS.filter((months) => addMonths(intakeOn, months) > after));

function closedStory(faker: Faker, today: string, reason: ClosureReason): SupervisionStory {
  const yesterday = addDays(today, -1);
  if (reason === 'completed') {
    const intakeOn = addDays(today, -faker.number.int({ min: 400, max: HISTORY_DAYS }));
    const termMonths = faker.helpers.arrayElement(TERM_MONTHS.filter((months) => addMonths(intakeOn, months) <= yesterday));
    return { intakeOn, startStatus: 'active', termMonths, changes: [change(faker, reason, addMonths(intakeOn, termMonths))] };
  }
  const intakeOn = addDays(today, -faker.number.int({ min: 200, max: HISTORY_DAYS }));
  const termMonths = faker.helpers.arrayElement(TERM_MONTHS);
  const from = addDays(intakeOn, 30);
  const to = [addMonths(intakeOn, termMonths), yesterday].sort()[0];
  if (reason === 'revoked') {
    // A revocation ends a violation: a warrant, an arrest, then the court's decision.
    const [warrantOn, arrestedOn, revokedOn] = datesInOrder(faker, from, to, 3);
    return {
      intakeOn,
      startStatus: 'active',
      termMonths,
      changes: [change(faker, 'warrant', warrantOn), change(faker, 'in_custody', arrestedOn), change(faker, reason, revokedOn)],
    };
  }
  return { intakeOn, startStatus: 'active', termMonths, changes: [change(faker, reason, dateBetween(faker, from, to))] };
}

export function supervisionStory(faker: Faker, today: string): SupervisionStory {
  const outcome = weighted(faker, OUTCOMES);
  switch (outcome) {
    case 'intake': {
      const intakeOn = addDays(today, -faker.number.int({ min: 0, max: 13 }));
      return { intakeOn, startStatus: 'intake', termMonths: faker.helpers.arrayElement(TERM_MONTHS), changes: [] };
    }
    case 'active': {
      const intakeOn = addDays(today, -faker.number.int({ min: 14, max: 1000 }));
      return { intakeOn, startStatus: 'active', termMonths: termRunningPast(faker, intakeOn, addDays(today, 14)), changes: [] };
    }
    case 'warrant':
    case 'absconded':
    case 'in_custody': {
      const intakeOn = addDays(today, -faker.number.int({ min: 60, max: 1000 }));
      const effectiveDate = dateBetween(faker, addDays(intakeOn, 30), today);
      return { intakeOn, startStatus: 'active', termMonths: termRunningPast(faker, intakeOn, today), changes: [change(faker, outcome, effectiveDate)] };
    }
    default:
      return closedStory(faker, today, outcome);
  }
}
