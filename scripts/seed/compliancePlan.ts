import type { Faker } from '@faker-js/faker';
import type { LEDGER_CATEGORIES } from '../../electron/api/compliance/complianceCodes';
import { conditionOf, type ClientFacts, type Condition } from './clientFacts';
import type { RecordBuilder } from './recordEvents';
import { addDays } from './seedDates';
import { personName, weighted } from './seedRandom';

type Category = (typeof LEDGER_CATEGORIES)[number];
type IndexedCondition = Condition & { index: number };

const PLACEMENTS = [
  'Riverside Food Bank',
  'Habitat for Humanity ReStore, Riverside',
  'Goodwill Southern California, Corona',
  'City of Moreno Valley Parks',
  'Salvation Army Family Store, Perris',
];

/** Logged from the timesheet a few days after the work, never after "today". */
const loggedAt = (faker: Faker, day: string, today: string, time: string) => {
  const logged = addDays(day, faker.number.int({ min: 1, max: 5 }));
  return logged <= today ? `${logged}T${time}` : null;
};

/** Shifts at a placement every week or few, until the ordered hours are done; some clients fall behind. */
function serviceHours(faker: Faker, record: RecordBuilder, facts: ClientFacts, today: string) {
  const condition = facts.conditions.find((c) => c.type === 'community_service' && c.targetUnit === 'hours' && c.targetAmount);
  if (!condition?.targetAmount) return;
  const gap = faker.datatype.boolean({ probability: 0.3 }) ? [21, 45] : [7, 21];
  const agency = faker.helpers.arrayElement(PLACEMENTS);
  const verifier = personName(faker);
  let minutesLeft = condition.targetAmount * 60;
  for (
    let day = addDays(facts.from, faker.number.int({ min: 20, max: 60 }));
    day <= facts.until && minutesLeft > 0;
    day = addDays(day, faker.number.int({ min: gap[0], max: gap[1] }))
  ) {
    const minutes = Math.min(minutesLeft, 30 * faker.number.int({ min: 8, max: 16 }));
    const at = loggedAt(faker, day, today, '14:00');
    if (!at) return;
    record.step('serviceHours', {
      at,
      condition: condition.index,
      entry: { serviceDate: day, minutes, agency, verifiedBy: verifier, notes: faker.helpers.arrayElement(['', 'Timesheet signed by the site supervisor.']) },
    });
    minutesLeft -= minutes;
  }
}

/** Whole dollars between `min` and `max`, in cents. */
const dollars = (faker: Faker, min: number, max: number) => 100 * faker.number.int({ min, max });

/**
 * The fees, fines and restitution ledger: what the court ordered charged at the start, then payments most
 * months while anything is owed (restitution first), and now and then a waiver or a court's reduction.
 */
function ledger(faker: Faker, record: RecordBuilder, facts: ClientFacts, today: string) {
  const restitution = facts.conditions.find((c) => c.type === 'restitution' && c.targetUnit === 'cents' && c.targetAmount);
  const fees = conditionOf(facts, 'fees');
  const owed = new Map<Category, { cents: number; condition: IndexedCondition | undefined }>();
  const chargedOn = addDays(facts.from, faker.number.int({ min: 0, max: 10 }));
  if (chargedOn > facts.until) return;
  const charge = (category: Category, cents: number, condition: IndexedCondition | undefined, reference: string) => {
    owed.set(category, { cents, condition });
    record.step('ledger', {
      at: `${chargedOn}T10:30`,
      condition: condition?.index ?? null,
      entry: { entryDate: chargedOn, kind: 'charge', category, amountCents: cents, reference },
    });
  };
  if (restitution?.targetAmount) charge('restitution', restitution.targetAmount, restitution, 'Restitution order at sentencing');
  if (fees) charge('fees', dollars(faker, 300, 1200), fees, 'Supervision fees ordered at sentencing');
  if (fees && faker.datatype.boolean()) charge('fine', dollars(faker, 400, 1500), fees, 'Court fine and penalty assessments');
  const willingness = faker.helpers.arrayElement([0.9, 0.7, 0.4]);
  for (let day = addDays(chargedOn, 30); day <= facts.until; day = addDays(day, faker.number.int({ min: 26, max: 35 }))) {
    const open = [...owed].filter(([, o]) => o.cents > 0);
    if (open.length === 0) return;
    const [category, balance] = open[0];
    const roll = faker.number.float();
    if (roll < 0.01 && category !== 'restitution') {
      record.step('ledger', {
        at: `${day}T11:00`,
        condition: balance.condition?.index ?? null,
        entry: { entryDate: day, kind: 'waiver', category, amountCents: balance.cents, notes: 'Waived after an ability-to-pay review.' },
      });
      balance.cents = 0;
    } else if (roll < willingness) {
      const cents = Math.min(balance.cents, dollars(faker, 25, 150));
      const at = loggedAt(faker, day, today, '09:30');
      if (!at) return;
      record.step('ledger', {
        at,
        condition: balance.condition?.index ?? null,
        entry: { entryDate: day, kind: 'payment', category, amountCents: cents, reference: `R-${faker.string.numeric(7)}` },
      });
      balance.cents -= cents;
    }
  }
}

const PROGRAMME_NAMES: [RegExp, string][] = [
  [/batterer/i, "Batterer's Intervention Program, Riverside"],
  [/DUI/, 'First Offender DUI Program'],
  [/anger/i, 'Anger Management Group'],
  [/job-readiness/i, 'Job Readiness Workshop, Workforce Development Center'],
];

/** Weekly sessions of each programme the court ordered a number of, as the provider reports them, until done. */
function attendance(faker: Faker, record: RecordBuilder, facts: ClientFacts, today: string) {
  for (const condition of facts.conditions.filter((c) => c.targetUnit === 'sessions' && c.targetAmount)) {
    const programmeName = PROGRAMME_NAMES.find(([pattern]) => pattern.test(condition.text))?.[1] ?? facts.provider ?? 'Outpatient substance-use program';
    let attended = 0;
    for (let day = addDays(facts.from, faker.number.int({ min: 21, max: 60 })); day <= facts.until && attended < (condition.targetAmount ?? 0); day = addDays(day, 7)) {
      const result = weighted(faker, [
        [85, 'attended'],
        [10, 'absent'],
        [5, 'excused'],
      ] as const);
      const at = loggedAt(faker, day, today, '10:00');
      if (!at) return;
      record.step('attendance', {
        at,
        condition: condition.index,
        entry: { programmeName, sessionDate: day, attendance: result, notes: result === 'excused' ? 'Excused by the facilitator (illness).' : '' },
      });
      if (result === 'attended') attended += 1;
    }
  }
}

/** Community-service hours, the money owed and paid, and programme sessions. */
export function planCompliance(faker: Faker, record: RecordBuilder, facts: ClientFacts, today: string) {
  serviceHours(faker, record, facts, today);
  ledger(faker, record, facts, today);
  attendance(faker, record, facts, today);
}
