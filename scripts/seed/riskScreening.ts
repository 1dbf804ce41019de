import type { Faker } from '@faker-js/faker';
import { SUPERVISION_LEVELS, type SupervisionLevel } from '../../electron/api/clients/clientsCodes';
import type { Screening } from '../../electron/api/assessments/assessmentsSchemas';
import { scoreScreening } from '../../electron/api/assessments/scoring';
import type { RiskInstrument } from '../../electron/api/settings/intakeSettingsSchemas';

/** Item id → index of the chosen answer, as the screening stores them. */
export type Answers = Record<string, number>;

/** The answer index for an item of the default instrument (0, the lowest-risk answer, when the office's instrument lacks it). */
export const answerTo = (answers: Answers, itemId: string) => answers[itemId] ?? 0;

const OVERRIDE_SHARE = 0.08;
/** Scales the risk propensity so the levels come out roughly as in a general caseload: mostly low and medium, few very high. */
const RISK_SCALE = 0.75;
const RAISE_REASONS = [
  'Domestic violence offense: closer supervision to protect the victim (officer judgment).',
  'Weapon used in the offense; level raised until the first home visit is done.',
  'Prior supervision failure in another county that the screening does not capture.',
];
const LOWER_REASONS = [
  'Stable full-time work and strong family support since the arrest.',
  'First adult offense; the score is driven by one old juvenile matter.',
  'Entered treatment voluntarily before sentencing and has kept every appointment.',
];

/** Picks an answer index leaning toward the risky end as `risk` (0–1) grows: binomial weights over the answers. */
function leaningAnswer(faker: Faker, answerCount: number, risk: number): number {
  const weights = Array.from({ length: answerCount }, (_, i) => risk ** i * (1 - risk) ** (answerCount - 1 - i));
  return faker.helpers.weightedArrayElement(weights.map((weight, value) => ({ weight, value })));
}

/**
 * A completed screening on the office's instrument: the answers of one person (a single risk propensity,
 * mostly mid-range, shapes them all), the level the score proposes, and now and then an officer's override.
 */
export function syntheticScreening(faker: Faker, instrument: RiskInstrument, assessedOn: string): Screening {
  const risk = ((faker.number.float() + faker.number.float()) / 2) * RISK_SCALE;
  const answers: Answers = Object.fromEntries(instrument.items.map((item) => [item.id, leaningAnswer(faker, item.answers.length, risk)]));
  const proposed = scoreScreening(instrument, answers).riskLevel;
  if (!faker.datatype.boolean({ probability: OVERRIDE_SHARE })) return { assessedOn, answers, chosenLevel: proposed, overrideReason: '' };
  const index = SUPERVISION_LEVELS.indexOf(proposed);
  const raise = index === 0 || (index < SUPERVISION_LEVELS.length - 1 && faker.datatype.boolean());
  const chosenLevel: SupervisionLevel = SUPERVISION_LEVELS[index + (raise ? 1 : -1)];
  return { assessedOn, answers, chosenLevel, overrideReason: faker.helpers.arrayElement(raise ? RAISE_REASONS : LOWER_REASONS) };
}
