import { describe, expect, it } from 'vitest';
import { answersFor, daysAgo, fullIntakeInput, rowCounts } from '../fixtures/intakeInput';
import { staffedOffice, type StaffedOffice } from '../fixtures/staffedOffice';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

/** Takes a client in as Olivia with these screening answers and the given chosen level (and reason). */
async function intakeWith({ office, staff, actAs }: StaffedOffice, answers: Record<string, number>, chosenLevel: 'low' | 'medium' | 'high' | 'very_high', overrideReason = '') {
  await actAs('olivia');
  const input = fullIntakeInput(staff.olivia.id);
  input.screening = { assessedOn: daysAgo(2), answers, chosenLevel, overrideReason };
  return office.call('clients.intake', input);
}

describe('the intake screening', () => {
  // Default cut-offs (minimum scores): Medium 6, High 12, Very high 18.
  it.each([
    [5, 'low', { prior_convictions: 3, age_first_arrest: 2 }],
    [6, 'medium', { prior_convictions: 3, age_first_arrest: 2, supervision_failures: 1 }],
    [11, 'medium', { prior_convictions: 3, age_first_arrest: 2, supervision_failures: 2, employment: 2, education: 2 }],
    [12, 'high', { prior_convictions: 3, age_first_arrest: 2, supervision_failures: 2, employment: 2, education: 2, family: 1 }],
    [17, 'high', { prior_convictions: 3, age_first_arrest: 2, supervision_failures: 2, employment: 2, education: 2, family: 2, residence: 2, peers: 2 }],
    [18, 'very_high', { prior_convictions: 3, age_first_arrest: 2, supervision_failures: 2, employment: 2, education: 2, family: 2, residence: 2, peers: 2, substance_use: 1 }],
  ] as const)('scores %i as %s and sets that supervision level', async (score, level, choices) => {
    const office = await staffedOffice(offices);
    const created = await intakeWith(office, answersFor(choices), level);

    const profile = await office.office.call('clients.get', { clientId: created.id });
    expect(profile.assessments[0]).toMatchObject({ score, riskLevel: level, proposedLevel: level, chosenLevel: level, overrideReason: null });
    expect(profile.client).toMatchObject({ supervisionLevel: level, levelOverrideReason: null });
  });

  it('records an override with its reason, and audits that there was one without the reason itself', async () => {
    const staffed = await staffedOffice(offices);
    const reason = 'Victim lives two streets away; court asked for close supervision.';
    const created = await intakeWith(staffed, answersFor(), 'high', reason);

    const profile = await staffed.office.call('clients.get', { clientId: created.id });
    expect(profile.assessments[0]).toMatchObject({ score: 0, proposedLevel: 'low', chosenLevel: 'high', overrideReason: reason });
    expect(profile.client).toMatchObject({ supervisionLevel: 'high', levelOverrideReason: reason });
    await staffed.actAs('admin');
    const { rows } = await staffed.office.call('audit.list', { filter: { action: 'client.create' } });
    expect(rows[0].detail).toContain('level high (overridden)');
    expect(rows[0].detail).not.toContain('Victim');
  });

  it('ignores a reason given when the proposed level is kept', async () => {
    const staffed = await staffedOffice(offices);
    const created = await intakeWith(staffed, answersFor(), 'low', 'No need for one');
    const profile = await staffed.office.call('clients.get', { clientId: created.id });
    expect(profile.assessments[0].overrideReason).toBeNull();
  });
});

describe('a reassessment', () => {
  it('keeps the history, newest first, and sets the new supervision level', async () => {
    const staffed = await staffedOffice(offices);
    const created = await intakeWith(staffed, answersFor({ substance_use: 2, employment: 2, prior_convictions: 2 }), 'medium');

    const answers = answersFor({ prior_convictions: 3, age_first_arrest: 2, supervision_failures: 2, employment: 2, education: 2, family: 1 });
    const row = await staffed.office.call('assessments.reassess', { clientId: created.id, screening: { assessedOn: daysAgo(0), answers, chosenLevel: 'high' } });
    expect(row).toMatchObject({ kind: 'reassessment', score: 12, proposedLevel: 'high', chosenLevel: 'high', needAreas: ['employment', 'education'] });

    const profile = await staffed.office.call('clients.get', { clientId: created.id });
    expect(profile.assessments.map((a) => [a.kind, a.chosenLevel])).toEqual([
      ['reassessment', 'high'],
      ['intake', 'medium'],
    ]);
    expect(profile.client.supervisionLevel).toBe('high');
    await staffed.actAs('admin');
    const { rows } = await staffed.office.call('audit.list', { filter: { action: 'client.reassess' } });
    expect(rows).toMatchObject([{ entityId: String(created.id), userId: staffed.staff.olivia.id, detail: `assessment ${row.id}; score 12; proposed high; chosen high` }]);
  });

  it('refuses an override without a reason and leaves the level as it was', async () => {
    const staffed = await staffedOffice(offices);
    const created = await intakeWith(staffed, answersFor(), 'low');
    const before = rowCounts(staffed.office);

    const error = await staffed.office.fail('assessments.reassess', {
      clientId: created.id,
      screening: { assessedOn: daysAgo(0), answers: answersFor(), chosenLevel: 'very_high' },
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'screening.overrideReason', message: expect.stringMatching(/proposes low supervision/) });
    expect(rowCounts(staffed.office)).toEqual(before);
    expect((await staffed.office.call('clients.get', { clientId: created.id })).client.supervisionLevel).toBe('low');
  });

  it("scores with the office's current instrument while earlier assessments keep theirs", async () => {
    const staffed = await staffedOffice(offices);
    const created = await intakeWith(staffed, answersFor(), 'low');
    await staffed.actAs('admin');
    const instrument = {
      id: 'office-tool',
      name: 'Office validated tool',
      version: '3.1',
      disclaimer: '',
      items: [
        {
          id: 'q1',
          text: 'Only question',
          needArea: 'peers',
          answers: [
            { label: 'No', weight: 0 },
            { label: 'Yes', weight: 10 },
          ],
        },
      ],
      cutoffs: { medium: 4, high: 8, very_high: 10 },
      needAreaThreshold: 5,
    };
    await staffed.office.call('settings.updateRiskInstrument', instrument);

    await staffed.actAs('olivia');
    const row = await staffed.office.call('assessments.reassess', { clientId: created.id, screening: { assessedOn: daysAgo(0), answers: { q1: 1 }, chosenLevel: 'very_high' } });
    expect(row).toMatchObject({ instrumentId: 'office-tool', instrumentVersion: '3.1', score: 10, proposedLevel: 'very_high', needAreas: ['peers'] });
    const profile = await staffed.office.call('clients.get', { clientId: created.id });
    expect(profile.assessments[1]).toMatchObject({ instrumentId: 'generic-screening', score: 0 });
    expect(profile.assessments[1].answers).toHaveLength(11);
  });
});
