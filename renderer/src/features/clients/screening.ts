import type { FormErrors } from '@mantine/form';
import type { SupervisionLevel } from '../../../../electron/api/clients/clientsCodes';
import { AppError } from '../../../../electron/api/errors';
import { scoreScreening, type ScreeningResult } from '../../../../electron/api/assessments/scoring';
import type { RiskInstrument } from '../../../../electron/api/settings/intakeSettingsSchemas';
import type { ScreeningForm } from './clientForms';
import { LEVEL_LABELS } from './clientLabels';

type Answers = ScreeningForm['answers'];

export interface ScreeningProgress extends ScreeningResult {
  answered: number;
  total: number;
  /** The level the score proposes, once every item is answered. */
  proposedLevel: SupervisionLevel | null;
}

const isAnswered = (item: RiskInstrument['items'][number], answers: Answers) => answers[item.id] !== undefined && item.answers[answers[item.id]] !== undefined;

/**
 * The running score, by the host's own scoring applied to the items answered so far: the officer sees the
 * number the host will record, and the level and need areas as they build up.
 */
export function screeningProgress(instrument: RiskInstrument, answers: Answers): ScreeningProgress {
  const items = instrument.items.filter((item) => isAnswered(item, answers));
  const result = scoreScreening({ ...instrument, items }, Object.fromEntries(items.map((item) => [item.id, answers[item.id]])));
  const complete = items.length === instrument.items.length;
  return { ...result, answered: items.length, total: instrument.items.length, proposedLevel: complete ? result.riskLevel : null };
}

/** The screening as the host takes it: an unchosen level is the proposed one. */
export const withChosenLevel = (screening: ScreeningForm, proposedLevel: SupervisionLevel | null) => ({
  ...screening,
  chosenLevel: screening.chosenLevel ?? proposedLevel,
});

const levelName = (level: SupervisionLevel) => LEVEL_LABELS[level].toLowerCase();

function scoringError(run: () => void): FormErrors {
  try {
    run();
    return {};
  } catch (error) {
    if (error instanceof AppError && error.field) return { [error.field]: error.message };
    throw error;
  }
}

/**
 * What the host checks beyond the schema, with its messages: every item answered (each unanswered item is
 * marked under itself) and a reason when the chosen level differs from the proposed one. `path` is where the
 * screening sits in the form.
 */
export function screeningErrors(instrument: RiskInstrument, screening: ScreeningForm, path: string): FormErrors {
  const answersPath = `${path}.answers`;
  const perItem = Object.assign(
    {},
    ...instrument.items.map((item) => scoringError(() => scoreScreening({ ...instrument, items: [item] }, { [item.id]: screening.answers[item.id] }, answersPath))),
  ) as FormErrors;
  if (Object.keys(perItem).length > 0) return perItem;
  const whole = scoringError(() => scoreScreening(instrument, screening.answers, answersPath));
  if (Object.keys(whole).length > 0) return whole;
  const proposed = screeningProgress(instrument, screening.answers).riskLevel;
  const chosen = screening.chosenLevel ?? proposed;
  if (chosen !== proposed && screening.overrideReason.trim() === '') {
    return { [`${path}.overrideReason`]: `The screening proposes ${levelName(proposed)} supervision; give the reason for choosing ${levelName(chosen)} instead.` };
  }
  return {};
}
