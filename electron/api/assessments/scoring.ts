import type { ScoredAnswer } from './assessmentsCodes';
import type { SupervisionLevel } from '../clients/clientsCodes';
import { AppError } from '../errors';
import type { RiskInstrument } from '../settings/intakeSettingsSchemas';

export interface ScreeningResult {
  score: number;
  riskLevel: SupervisionLevel;
  /** Need areas whose answers' weights add up to the instrument's threshold, in the instrument's order. */
  needAreas: string[];
  answers: ScoredAnswer[];
}

/** Cut-offs are minimum scores: a score exactly on a cut-off is at that level. */
export function levelForScore(score: number, cutoffs: RiskInstrument['cutoffs']): SupervisionLevel {
  if (score >= cutoffs.very_high) return 'very_high';
  if (score >= cutoffs.high) return 'high';
  if (score >= cutoffs.medium) return 'medium';
  return 'low';
}

/**
 * Scores a completed screening. Every item must be answered with one of its answers, and nothing else
 * may be answered; `field` is the path of the answers in the caller's input, for the error.
 */
export function scoreScreening(instrument: RiskInstrument, answers: Record<string, number>, field = 'answers'): ScreeningResult {
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const unknown = Object.keys(answers).find((id) => !itemIds.has(id));
  if (unknown !== undefined) {
    throw new AppError('VALIDATION', `The screening has no item "${unknown}"; the instrument may have changed. Reload the screening and answer it again.`, `${field}.${unknown}`);
  }
  const scored: ScoredAnswer[] = instrument.items.map((item) => {
    const answerIndex = answers[item.id];
    const answer = answerIndex === undefined ? undefined : item.answers[answerIndex];
    if (!answer) throw new AppError('VALIDATION', `Answer every screening item: choose an answer for "${item.text}".`, `${field}.${item.id}`);
    return { itemId: item.id, itemText: item.text, needArea: item.needArea, answerIndex, label: answer.label, weight: answer.weight };
  });
  const score = scored.reduce((sum, answer) => sum + answer.weight, 0);
  const weightByArea = new Map<string, number>();
  for (const answer of scored) {
    if (answer.needArea !== null) weightByArea.set(answer.needArea, (weightByArea.get(answer.needArea) ?? 0) + answer.weight);
  }
  const needAreas = [...weightByArea].filter(([, weight]) => weight >= instrument.needAreaThreshold).map(([area]) => area);
  return { score, riskLevel: levelForScore(score, instrument.cutoffs), needAreas, answers: scored };
}
