import { describe, expect, it } from 'vitest';
import { goalChanges } from '../../renderer/src/features/supervisionPlan/goalChanges';
import type { GoalSnapshot } from '../../renderer/src/features/supervisionPlan/planTypes';

const set: GoalSnapshot = {
  needArea: 'employment',
  goal: 'Find full-time work.',
  actionSteps: [
    { text: 'Register with the job centre', done: false },
    { text: 'Write a CV', done: false },
  ],
  targetDate: '2026-03-01',
  status: 'open',
};

describe("a goal's history in words", () => {
  it('lists everything a new goal was set as', () => {
    expect(goalChanges(null, set)).toEqual([
      'Goal: Find full-time work.',
      'Need area: Employment',
      'Status: Open',
      'Target date: Mar 1, 2026',
      'Action step: Register with the job centre',
      'Action step: Write a CV',
    ]);
  });

  it('names only what changed, action steps by their text', () => {
    const after: GoalSnapshot = {
      ...set,
      status: 'in_progress',
      targetDate: null,
      actionSteps: [
        { text: 'Register with the job centre', done: true },
        { text: 'Apply for five jobs a week', done: false },
      ],
    };
    expect(goalChanges(set, after)).toEqual([
      'Status: Open → In progress',
      'Target date: Mar 1, 2026 → none',
      'Action step done: Register with the job centre',
      'Action step added: Apply for five jobs a week',
      'Action step removed: Write a CV',
    ]);
    expect(goalChanges(after, { ...after, needArea: 'Transport', goal: 'Get a driving licence.' })).toEqual([
      'Goal: "Find full-time work." → "Get a driving licence."',
      'Need area: Employment → Transport',
    ]);
    expect(goalChanges(set, set)).toEqual(['Saved without changes to the goal.']);
  });
});
