import type { Faker } from '@faker-js/faker';
import { conditionOf, type ClientFacts } from './clientFacts';
import type { RecordBuilder } from './recordEvents';
import { addDays, timeOfDay } from './seedDates';
import type { ViolationRecorder } from './violationsPlan';

/** A 24/7 sobriety programme tests twice a day, every day: the longest case records in an office come from it. */
const SESSIONS = [7 * 60, 19 * 60];
const POSITIVE_RATE = 0.004;
const PROGRAMME_NOTE = "24/7 sobriety program: breath test at the sheriff's station.";

/** Twice-daily breath tests from the first week to the end of the client's time in the community; a rare positive is a violation. */
export function planSobrietyMonitoring(faker: Faker, record: RecordBuilder, facts: ClientFacts, violations: ViolationRecorder) {
  const condition = conditionOf(facts, 'drug_testing');
  for (let day = addDays(facts.from, 7); day <= facts.until; day = addDays(day, 1)) {
    for (const session of SESSIONS) {
      const collectedAt = `${day}T${timeOfDay(session + faker.number.int({ min: 0, max: 90 }))}`;
      const positive = faker.number.float() < POSITIVE_RATE;
      const test = record.drugTest({
        at: collectedAt,
        note: null,
        test: {
          collectedAt,
          method: 'breath',
          panel: [{ substance: 'alcohol', result: positive ? 'positive' : 'negative' }],
          admittedUse: false,
          sentForLab: false,
          notes: PROGRAMME_NOTE,
        },
      });
      if (positive)
        violations.add({
          at: collectedAt,
          date: day,
          condition,
          description: `Positive breath test for alcohol on ${day} (24/7 sobriety program).`,
          tests: [test],
          substance: true,
        });
    }
  }
}
