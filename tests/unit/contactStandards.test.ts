import { describe, expect, it } from 'vitest';
import type { SupervisionLevel } from '../../electron/api/clients/clientsCodes';
import { addBusinessDays } from '../../electron/services/contactStandards/businessDays';
import { contactStandardsSchema, defaultContactStandards } from '../../electron/api/contactStandards/contactStandardsSchemas';
import { evaluateStanding, levelSince, type StandingInput } from '../../electron/services/contactStandards/standing';

/** A client taken in long ago at `level`, seen on the given dates (office visits unless said). */
function client(level: SupervisionLevel, today: string, visits: string[], homeVisits: string[] = [], overrides: Partial<StandingInput> = {}): StandingInput {
  const contacts = [...visits.map((date) => ({ date, contactType: 'office_visit' as const })), ...homeVisits.map((date) => ({ date, contactType: 'home_visit' as const }))];
  return { today, level, levelHistory: [{ date: '2024-01-02', level }], intakeDate: '2024-01-02', contacts, ...overrides };
}

const requirement = (input: StandingInput, kind: string) => evaluateStanding(input, defaultContactStandards).requirements.find((r) => r.requirement === kind);

describe('business days', () => {
  it('skips the weekend: 2 business days after a Friday is the Tuesday', () => {
    expect(addBusinessDays('2025-03-07', 2)).toBe('2025-03-11');
  });
  it('counts from a Saturday intake to the Tuesday as well', () => {
    expect(addBusinessDays('2025-03-08', 2)).toBe('2025-03-11');
  });
  it('reaches the Monday from a Thursday and stays put for zero days', () => {
    expect(addBusinessDays('2025-03-06', 2)).toBe('2025-03-10');
    expect(addBusinessDays('2025-03-06', 0)).toBe('2025-03-06');
  });
});

describe('rolling contact requirements', () => {
  it('Low (1 per 90 days): a contact exactly 90 days ago is still on time today (due today), one day more is overdue', () => {
    const today = '2025-06-30';
    const onBoundary = requirement(client('low', today, ['2025-04-01']), 'face_to_face');
    expect(onBoundary).toMatchObject({ dueOn: '2025-06-30', status: 'due_soon', counted: 1, missing: 0 });
    const dayLate = requirement(client('low', today, ['2025-03-31']), 'face_to_face');
    expect(dayLate).toMatchObject({ dueOn: '2025-06-29', status: 'overdue', counted: 0, missing: 1 });
  });

  it('Low: met while the due date is more than the due-soon days away, due soon within them', () => {
    expect(requirement(client('low', '2025-06-30', ['2025-05-01']), 'face_to_face')).toMatchObject({ dueOn: '2025-07-30', status: 'met' });
    expect(requirement(client('low', '2025-06-30', ['2025-04-08']), 'face_to_face')).toMatchObject({ dueOn: '2025-07-07', status: 'due_soon' });
    expect(requirement(client('low', '2025-06-30', ['2025-04-07']), 'face_to_face')).toMatchObject({ dueOn: '2025-07-06', status: 'due_soon' });
    expect(requirement(client('low', '2025-06-30', ['2025-04-09']), 'face_to_face')).toMatchObject({ dueOn: '2025-07-08', status: 'met' });
  });

  it('Low has no home-visit requirement after the first home visit', () => {
    const standing = evaluateStanding(client('low', '2025-06-30', ['2025-06-01'], ['2024-01-05']), defaultContactStandards);
    expect(standing.requirements.map((r) => r.requirement)).toEqual(['first_contact', 'first_home_visit', 'face_to_face']);
    expect(standing.status).toBe('met');
  });

  it('Medium (2 per 30 days, 1 home visit per 60): due 30 days after the second most recent contact', () => {
    const input = client('medium', '2025-06-30', ['2025-06-25', '2025-06-10', '2025-05-01'], ['2025-05-20']);
    expect(requirement(input, 'face_to_face')).toMatchObject({ counted: 2, dueOn: '2025-07-10', status: 'met', lastContactOn: '2025-06-25' });
    expect(requirement(input, 'home_visit')).toMatchObject({ counted: 1, dueOn: '2025-07-19', status: 'met' });
  });

  it('Medium: one contact in the window is one missing, overdue since the older one fell out', () => {
    const standing = evaluateStanding(client('medium', '2025-06-30', ['2025-06-25', '2025-05-20'], ['2025-05-20']), defaultContactStandards);
    expect(standing.requirements.find((r) => r.requirement === 'face_to_face')).toMatchObject({ counted: 1, missing: 1, dueOn: '2025-06-19', status: 'overdue' });
    expect(standing).toMatchObject({ status: 'overdue', nextDueOn: '2025-06-19' });
    expect(standing.todo).toEqual(['Face-to-face contact: overdue since Jun 20, 2025']);
  });

  it('High (4 per 30 days, 1 home visit per 30): the 4th most recent contact sets the due date; a home visit is face-to-face too', () => {
    const today = '2025-06-30';
    const input = client('high', today, ['2025-06-28', '2025-06-12', '2025-06-05', '2025-05-01'], ['2025-06-20']);
    expect(requirement(input, 'face_to_face')).toMatchObject({ counted: 4, missing: 0, dueOn: '2025-07-05', status: 'due_soon' });
    expect(requirement(input, 'home_visit')).toMatchObject({ counted: 1, dueOn: '2025-07-20', status: 'met' });
    expect(evaluateStanding(input, defaultContactStandards).todo).toEqual(['Next face-to-face contact: due by Jul 5, 2025']);
  });

  it('High: three contacts in 30 days fall one short', () => {
    const input = client('high', '2025-06-30', ['2025-06-28', '2025-06-12', '2025-05-25'], ['2025-06-20']);
    expect(requirement(input, 'face_to_face')).toMatchObject({ counted: 3, missing: 1, dueOn: '2025-06-24', status: 'overdue' });
  });

  it('Very high starts as strict as High', () => {
    const input = client('very_high', '2025-06-30', ['2025-06-28', '2025-06-12'], ['2025-06-20']);
    expect(requirement(input, 'face_to_face')).toMatchObject({ required: 4, counted: 3, status: 'overdue' });
  });

  it('counts only face-to-face contact types: a phone call is not a contact for the standards', () => {
    const input = client('low', '2025-06-30', [], [], { contacts: [{ date: '2025-06-29', contactType: 'phone' }] });
    expect(requirement(input, 'face_to_face')).toMatchObject({ counted: 0, status: 'overdue' });
  });
});

describe('a change of supervision level', () => {
  it('measures the new level from the assessment that set it, with a full period to meet it', () => {
    const input = client('high', '2025-03-10', ['2025-02-20', '2025-02-25', '2025-03-05'], ['2025-01-05'], {
      levelHistory: [
        { date: '2025-01-02', level: 'medium' },
        { date: '2025-03-01', level: 'high' },
      ],
      intakeDate: '2025-01-02',
    });
    const standing = evaluateStanding(input, defaultContactStandards);
    expect(standing.levelSince).toBe('2025-03-01');
    // Contacts at Medium before the change do not count towards High's four.
    expect(standing.requirements.find((r) => r.requirement === 'face_to_face')).toMatchObject({ counted: 1, missing: 3, dueOn: '2025-03-31', status: 'met' });
    expect(standing.todo).toContain('3 face-to-face contacts: due by Mar 31, 2025');
  });

  it('on a step down, the lower level also counts from the change', () => {
    const input = client('low', '2025-06-30', ['2025-03-15'], ['2025-01-10'], {
      levelHistory: [
        { date: '2025-01-02', level: 'high' },
        { date: '2025-04-01', level: 'low' },
      ],
      intakeDate: '2025-01-02',
    });
    expect(requirement(input, 'face_to_face')).toMatchObject({ counted: 0, dueOn: '2025-06-30', status: 'due_soon' });
  });

  it('takes the first assessment of the latest run at the current level', () => {
    const history = [
      { date: '2025-01-02', level: 'medium' as const },
      { date: '2025-02-01', level: 'high' as const },
      { date: '2025-03-01', level: 'medium' as const },
      { date: '2025-04-01', level: 'medium' as const },
    ];
    expect(levelSince({ level: 'medium', levelHistory: history, intakeDate: '2025-01-02' })).toBe('2025-03-01');
    expect(levelSince({ level: 'medium', levelHistory: [], intakeDate: '2025-01-02' })).toBe('2025-01-02');
  });
});

describe('first contacts after intake', () => {
  const newClient = (today: string, visits: string[] = [], homeVisits: string[] = []) =>
    client('medium', today, visits, homeVisits, { intakeDate: '2025-03-07', levelHistory: [{ date: '2025-03-06', level: 'medium' }] });

  it('the first face-to-face contact after a Friday intake is due on the Tuesday, and overdue on the Wednesday', () => {
    expect(requirement(newClient('2025-03-10'), 'first_contact')).toMatchObject({ dueOn: '2025-03-11', status: 'due_soon', missing: 1 });
    expect(requirement(newClient('2025-03-11'), 'first_contact')).toMatchObject({ status: 'due_soon' });
    expect(requirement(newClient('2025-03-12'), 'first_contact')).toMatchObject({ status: 'overdue' });
  });

  it('a contact on the intake day itself meets it', () => {
    expect(requirement(newClient('2025-03-12', ['2025-03-07']), 'first_contact')).toMatchObject({ status: 'met', dueOn: null, counted: 1 });
  });

  it('the first home visit is due 10 calendar days after intake', () => {
    expect(requirement(newClient('2025-03-17', ['2025-03-07']), 'first_home_visit')).toMatchObject({ dueOn: '2025-03-17', status: 'due_soon' });
    const late = evaluateStanding(newClient('2025-03-18', ['2025-03-07']), defaultContactStandards);
    expect(late.requirements.find((r) => r.requirement === 'first_home_visit')).toMatchObject({ status: 'overdue' });
    expect(late.todo).toContain('First home visit: overdue since Mar 18, 2025');
  });

  it('rules switched off in the settings are not evaluated', () => {
    const standards = { ...defaultContactStandards, firstContactBusinessDays: null, firstHomeVisitDays: null };
    expect(evaluateStanding(newClient('2025-03-20'), standards).requirements.map((r) => r.requirement)).toEqual(['face_to_face', 'home_visit']);
  });
});

describe('the settings schema', () => {
  it('accepts the defaults and refuses a requirement of zero contacts', () => {
    expect(contactStandardsSchema.parse(defaultContactStandards)).toEqual(defaultContactStandards);
    const zero = { ...defaultContactStandards, levels: { ...defaultContactStandards.levels, low: { faceToFace: { count: 0, periodDays: 90 }, homeVisits: null } } };
    expect(contactStandardsSchema.safeParse(zero).error?.issues[0]).toMatchObject({
      path: ['levels', 'low', 'faceToFace', 'count'],
      message: 'Require at least 1, or switch the requirement off.',
    });
  });
});
