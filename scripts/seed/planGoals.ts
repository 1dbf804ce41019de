import type { Faker } from '@faker-js/faker';
import type { ClientFacts } from './clientFacts';
import type { GoalFields, RecordBuilder } from './recordEvents';
import { addDays } from './seedDates';
import { weighted } from './seedRandom';

/** A goal and its action steps for each need area of the default instrument, in a case plan's usual words. */
const GOALS: Record<string, { goal: string; steps: string[] }> = {
  employment: {
    goal: 'Find and keep full-time lawful employment.',
    steps: ["Register at America's Job Center", 'Attend the resume workshop', 'Apply for at least five jobs a week and bring the log to each visit', 'Get a California ID card'],
  },
  education: { goal: 'Earn a high school equivalency (GED).', steps: ['Enroll at Riverside Adult School', 'Attend classes twice a week', 'Pass the GED math test'] },
  family: {
    goal: 'Reduce conflict at home and rebuild family support.',
    steps: ['Attend family counseling', 'Agree house rules with the household', 'Use the time-out plan when arguments start'],
  },
  housing: { goal: 'Secure stable housing.', steps: ['Apply to a sober-living house', 'Save the first month’s rent', 'Keep the officer informed of any move within 72 hours'] },
  peers: {
    goal: 'Build a pro-social support network.',
    steps: ['No contact with co-defendants', 'Join a community activity (church, sports league or volunteering)', 'Name two sober supports'],
  },
  substance_use: {
    goal: 'Stay sober and complete substance-use treatment.',
    steps: ['Complete the treatment intake assessment', 'Attend every group session', 'Attend two AA/NA meetings a week', 'Submit to random testing'],
  },
  mental_health: {
    goal: 'Engage with mental-health treatment.',
    steps: ['Complete a mental-health assessment', 'Take medication as prescribed', 'Keep monthly psychiatric appointments'],
  },
  attitudes: {
    goal: 'Take responsibility and change the thinking behind the offense.',
    steps: ['Complete the Thinking for a Change program', 'Write an accountability letter (not sent)'],
  },
};
const COMPLIANCE = {
  goal: 'Complete every condition of probation without violations.',
  steps: ['Report as directed', 'Pay fees each month', 'Keep the officer informed of changes'],
};

const REVIEW_NOTES = ['90-day case plan review with the client.', 'Reviewed at the office visit.', 'Plan reviewed after the reassessment.'];

/**
 * The supervision plan: a goal for each need area the screening found (one general goal when it found none),
 * set in the first month, reviewed after a few months and finally achieved, dropped or given more time.
 */
export function planGoals(faker: Faker, record: RecordBuilder, facts: ClientFacts) {
  const areas = facts.needAreas.length ? facts.needAreas : ['compliance'];
  const setOn = addDays(facts.from, faker.number.int({ min: 7, max: 30 }));
  if (setOn > facts.until) return;
  for (const [i, area] of areas.entries()) {
    const { goal, steps } = GOALS[area] ?? COMPLIANCE;
    const draft: GoalFields = {
      needArea: area.replace('_', ' '),
      goal,
      actionSteps: steps.map((text) => ({ text, done: false })),
      targetDate: addDays(setOn, faker.helpers.arrayElement([90, 180, 270])),
      status: 'open',
    };
    const ref = record.goal({ at: `${setOn}T11:${String(10 + i).padStart(2, '0')}`, goal: draft, note: i === 0 ? 'Initial supervision plan, agreed with the client.' : '' });
    const reviewOn = addDays(setOn, faker.number.int({ min: 60, max: 120 }));
    if (reviewOn > facts.until) continue;
    const started = { ...draft, status: 'in_progress' as const, actionSteps: steps.map((text, n) => ({ text, done: n === 0 })) };
    record.step('goalUpdate', { at: `${reviewOn}T11:00`, goal: ref, change: started, note: faker.helpers.arrayElement(REVIEW_NOTES) });
    const closeOn = addDays(reviewOn, faker.number.int({ min: 90, max: 200 }));
    if (closeOn > facts.until) continue;
    const ending = weighted(faker, [
      [60, 'achieved'],
      [15, 'discontinued'],
      [25, 'extended'],
    ] as const);
    const change: GoalFields =
      ending === 'achieved'
        ? { ...started, status: 'achieved', actionSteps: started.actionSteps.map((s) => ({ ...s, done: true })) }
        : ending === 'discontinued'
          ? { ...started, status: 'discontinued' }
          : { ...started, targetDate: addDays(closeOn, 90) };
    const why = { achieved: 'Goal met; verified.', discontinued: 'Replaced by a goal better suited to the client’s situation.', extended: 'More time needed; target date moved.' }[
      ending
    ];
    record.step('goalUpdate', { at: `${closeOn}T11:00`, goal: ref, change, note: why });
  }
}
