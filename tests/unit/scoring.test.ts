import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/api/errors';
import { levelForScore, scoreScreening } from '../../electron/api/assessments/scoring';
import type { RiskInstrument } from '../../electron/api/settings/intakeSettingsSchemas';
import { defaultRiskInstrument } from '../../electron/api/settings/intakeDefaults';

/** Two scored items in one need area, one in another, and one that only counts toward the score. */
const instrument: RiskInstrument = {
  id: 'test',
  name: 'Test instrument',
  version: '2',
  disclaimer: '',
  items: [
    {
      id: 'history',
      text: 'History',
      needArea: null,
      answers: [
        { label: 'none', weight: 0 },
        { label: 'some', weight: 4 },
      ],
    },
    {
      id: 'job',
      text: 'Job',
      needArea: 'employment',
      answers: [
        { label: 'yes', weight: 0 },
        { label: 'no', weight: 1 },
      ],
    },
    {
      id: 'income',
      text: 'Income',
      needArea: 'employment',
      answers: [
        { label: 'steady', weight: 0 },
        { label: 'none', weight: 1 },
      ],
    },
    {
      id: 'drugs',
      text: 'Drugs',
      needArea: 'substance_use',
      answers: [
        { label: 'no', weight: 0 },
        { label: 'yes', weight: 3 },
      ],
    },
  ],
  cutoffs: { medium: 3, high: 5, very_high: 8 },
  needAreaThreshold: 2,
};

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('levelForScore', () => {
  it.each([
    [0, 'low'],
    [2, 'low'],
    [3, 'medium'],
    [4, 'medium'],
    [5, 'high'],
    [7, 'high'],
    [8, 'very_high'],
    [40, 'very_high'],
  ])('puts a score of %i at %s (a score exactly on a cut-off is at that level)', (score, level) => {
    expect(levelForScore(score, instrument.cutoffs)).toBe(level);
  });
});

describe('scoreScreening', () => {
  it('adds the weights of the chosen answers and copies each answer as scored', () => {
    const result = scoreScreening(instrument, { history: 1, job: 1, income: 0, drugs: 0 });
    expect(result.score).toBe(5);
    expect(result.riskLevel).toBe('high');
    expect(result.answers).toEqual([
      { itemId: 'history', itemText: 'History', needArea: null, answerIndex: 1, label: 'some', weight: 4 },
      { itemId: 'job', itemText: 'Job', needArea: 'employment', answerIndex: 1, label: 'no', weight: 1 },
      { itemId: 'income', itemText: 'Income', needArea: 'employment', answerIndex: 0, label: 'steady', weight: 0 },
      { itemId: 'drugs', itemText: 'Drugs', needArea: 'substance_use', answerIndex: 0, label: 'no', weight: 0 },
    ]);
  });

  it('flags a need area when the weights of its items add up to the threshold, in the instrument order', () => {
    expect(scoreScreening(instrument, { history: 0, job: 1, income: 0, drugs: 0 }).needAreas).toEqual([]);
    expect(scoreScreening(instrument, { history: 0, job: 1, income: 1, drugs: 0 }).needAreas).toEqual(['employment']);
    expect(scoreScreening(instrument, { history: 1, job: 1, income: 1, drugs: 1 }).needAreas).toEqual(['employment', 'substance_use']);
  });

  it('never flags items without a need area', () => {
    expect(scoreScreening(instrument, { history: 1, job: 0, income: 0, drugs: 0 })).toMatchObject({ score: 4, needAreas: [] });
  });

  it.each([
    ['an item left unanswered', { history: 0, job: 0, income: 0 }, 'screening.answers.drugs', /choose an answer for "Drugs"/],
    ['an answer index the item does not have', { history: 2, job: 0, income: 0, drugs: 0 }, 'screening.answers.history', /choose an answer for "History"/],
    ['an answer to an item the instrument lacks', { history: 0, job: 0, income: 0, drugs: 0, mood: 1 }, 'screening.answers.mood', /no item "mood"/],
  ])('refuses %s, naming the item', (_case, answers, field, message) => {
    const error = refusal(() => scoreScreening(instrument, answers, 'screening.answers'));
    expect(error).toMatchObject({ code: 'VALIDATION', field, message: expect.stringMatching(message) });
  });

  it('scores the shipped default: all lowest answers is Low, all highest is Very high with every need area', () => {
    const lowest = Object.fromEntries(defaultRiskInstrument.items.map((item) => [item.id, 0]));
    const highest = Object.fromEntries(defaultRiskInstrument.items.map((item) => [item.id, item.answers.length - 1]));
    expect(scoreScreening(defaultRiskInstrument, lowest)).toMatchObject({ score: 0, riskLevel: 'low', needAreas: [] });
    expect(scoreScreening(defaultRiskInstrument, highest)).toMatchObject({
      score: 24,
      riskLevel: 'very_high',
      needAreas: ['employment', 'education', 'family', 'housing', 'peers', 'substance_use', 'mental_health', 'attitudes'],
    });
  });
});
