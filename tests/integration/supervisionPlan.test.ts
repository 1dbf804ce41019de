import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../electron/api/contract';
import { auditRowsOf, caseRecordOffice, useSharedCaseRecordOffice } from '../fixtures/caseRecord';
import { expectRefusal } from '../fixtures/refusals';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
type Goal = ChannelInput<'plan.addGoal'>['goal'];
const inMonths = (months: number) => dayjs().add(months, 'month').format('YYYY-MM-DD');

const employmentGoal: Goal = {
  needArea: 'employment',
  goal: 'Keep full-time work at the tyre shop.',
  actionSteps: [{ text: 'Bring pay slips to each office visit' }, { text: 'Ask the employer for a reference letter' }],
  targetDate: inMonths(6),
};

describe('the supervision plan', () => {
  it('keeps every change of a goal, with the goal as it was and as it became', async () => {
    const { office, staff, actAs, clientId } = await caseRecordOffice(offices);
    const goal = await office.call('plan.addGoal', { clientId, goal: employmentGoal, note: 'From the intake assessment.' });
    expect(goal).toMatchObject({ ...employmentGoal, status: 'open', createdBy: staff.olivia.id, actionSteps: [{ done: false }, { done: false }] });

    const started = {
      ...employmentGoal,
      status: 'in_progress' as const,
      actionSteps: [{ text: 'Bring pay slips to each office visit', done: true }, { text: 'Ask the employer for a reference letter' }],
    };
    await office.call('plan.updateGoal', { goalId: goal.id, goal: started, note: 'Pay slips brought twice.' });
    await actAs('sam');
    await office.call('plan.updateGoal', { goalId: goal.id, goal: { ...started, status: 'achieved', targetDate: inMonths(3) }, note: 'Reviewed with the officer.' });
    await office.call('plan.addGoal', { clientId, goal: { needArea: 'substance_use', goal: 'Complete outpatient treatment.' } });

    const plan = await office.call('plan.get', { clientId });
    expect(plan.map((g) => [g.needArea, g.status])).toEqual([
      ['employment', 'achieved'],
      ['substance_use', 'open'],
    ]);
    const history = plan[0].history;
    expect(history.map((h) => [h.changedBy, h.before?.status ?? null, h.after.status, h.note])).toEqual([
      [staff.olivia.id, null, 'open', 'From the intake assessment.'],
      [staff.olivia.id, 'open', 'in_progress', 'Pay slips brought twice.'],
      [staff.sam.id, 'in_progress', 'achieved', 'Reviewed with the officer.'],
    ]);
    // Each row's "before" is the previous row's "after": nothing of the goal's evolution is lost.
    expect(history[1].before).toEqual(history[0].after);
    expect(history[2].before).toEqual(history[1].after);
    expect(history[2].after).toMatchObject({ targetDate: inMonths(3), actionSteps: [{ done: true }, { done: false }] });
    expect(auditRowsOf(office, 'plan.updateGoal').map((r) => r.detail)).toEqual([`goal ${goal.id}; changed: actionSteps, status`, `goal ${goal.id}; changed: targetDate, status`]);

    // The history is evidence: the database refuses to change it.
    expect(() => office.openRaw().prepare("UPDATE plan_goal_history SET note = 'x' WHERE goal_id = ?").run(goal.id)).toThrow(/cannot be changed/);
  });
});

describe('two people editing one goal', () => {
  it('refuses the edit made on the older version, naming who changed it and when, and keeps their change', async () => {
    const { office, staff, actAs, clientId } = await caseRecordOffice(offices);
    const goal = await office.call('plan.addGoal', { clientId, goal: employmentGoal });
    // Olivia and Sam both opened the goal at version 1; Olivia saves first.
    const saved = await office.call('plan.updateGoal', { goalId: goal.id, version: goal.rowVersion, goal: { ...employmentGoal, status: 'in_progress' } });
    expect(saved.rowVersion).toBe(goal.rowVersion + 1);
    await actAs('sam');
    const refused = await office.fail('plan.updateGoal', { goalId: goal.id, version: goal.rowVersion, goal: { ...employmentGoal, status: 'discontinued' } });
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        new RegExp(`^This goal was changed by ${staff.olivia.fullName} at [A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{2}:\\d{2} — reload to see the changes\\.$`),
      ),
    });
    const [kept] = await office.call('plan.get', { clientId });
    expect(kept).toMatchObject({ status: 'in_progress', rowVersion: saved.rowVersion });
    expect(kept.history).toHaveLength(2);
    // Reloaded, Sam's edit goes through.
    expect(await office.call('plan.updateGoal', { goalId: goal.id, version: kept.rowVersion, goal: { ...employmentGoal, status: 'discontinued' } })).toMatchObject({
      status: 'discontinued',
    });
  });
});

describe('plan validation', () => {
  const shared = useSharedCaseRecordOffice();

  it.each<[string, Partial<Goal>, string, RegExp]>([
    ['a goal without its need area', { needArea: '' }, 'goal.needArea', /Enter the need area/],
    ['a blank goal', { goal: ' ' }, 'goal.goal', /Enter the goal/],
    ['an empty action step', { actionSteps: [{ text: '' }] }, 'goal.actionSteps.0.text', /Enter the action step/],
    ['a target date that is not one', { targetDate: 'next spring' }, 'goal.targetDate', /YYYY-MM-DD/],
    ['an unknown status', { status: 'abandoned' as Goal['status'] }, 'goal.status', /open, in progress, achieved or discontinued/],
  ])('refuses %s, naming the field, and writes nothing', async (_case, change, field, message) => {
    const { office, clientId } = shared();
    await expectRefusal(office, 'plan.addGoal', { clientId, goal: { ...employmentGoal, ...change } }, { field, message });
  });
});
