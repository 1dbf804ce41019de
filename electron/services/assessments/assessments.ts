import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { assessments, clients, type AssessmentRow } from '../../../db/schema';
import { type SupervisionLevel } from '../../api/clients/clientsCodes';
import { AppError } from '../../api/errors';
import { editClient } from '../record/auditedEdit';
import type { ServiceContext } from '../context';
import { readSetting } from '../settings/settings';
import type { RiskInstrument } from '../../api/settings/intakeSettingsSchemas';
import type { Screening } from '../../api/assessments/assessmentsSchemas';
import { scoreScreening, type ScreeningResult } from '../../api/assessments/scoring';

export interface LevelDecision {
  instrument: RiskInstrument;
  screening: Screening;
  result: ScreeningResult;
  chosenLevel: SupervisionLevel;
  /** Null when the officer kept the proposed level. */
  overrideReason: string | null;
}

const levelLabel = (level: SupervisionLevel) => level.replace('_', ' ');

/**
 * Scores a screening with the office's current instrument and settles the supervision level: the score
 * proposes one, and choosing another needs a reason. `field` is where the screening sits in the input.
 */
export function decideLevel(db: DbExecutor, screening: Screening, field: string): LevelDecision {
  const instrument = readSetting(db, 'riskInstrument');
  const result = scoreScreening(instrument, screening.answers, `${field}.answers`);
  const overridden = screening.chosenLevel !== result.riskLevel;
  if (overridden && screening.overrideReason === '') {
    throw new AppError(
      'VALIDATION',
      `The screening proposes ${levelLabel(result.riskLevel)} supervision; give the reason for choosing ${levelLabel(screening.chosenLevel)} instead.`,
      `${field}.overrideReason`,
    );
  }
  return { instrument, screening, result, chosenLevel: screening.chosenLevel, overrideReason: overridden ? screening.overrideReason : null };
}

export function insertAssessment(
  tx: DbExecutor,
  ctx: ServiceContext,
  clientId: number,
  kind: AssessmentRow['kind'],
  { instrument, screening, result, chosenLevel, overrideReason }: LevelDecision,
): AssessmentRow {
  return tx
    .insert(assessments)
    .values({
      clientId,
      kind,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      instrumentName: instrument.name,
      assessedOn: screening.assessedOn,
      answers: result.answers,
      score: result.score,
      riskLevel: result.riskLevel,
      needAreas: result.needAreas,
      proposedLevel: result.riskLevel,
      chosenLevel,
      overrideReason,
      assessorId: ctx.actor.id,
      createdAt: ctx.clock.now().toISOString(),
    })
    .returning()
    .get();
}

/** A reassessment adds to the client's history and sets their supervision level. */
export function reassess(ctx: ServiceContext, input: { clientId: number; screening: Screening }): AssessmentRow {
  return editClient(ctx, {
    clientId: input.clientId,
    action: 'client.reassess',
    write: (tx) => {
      const decision = decideLevel(tx, input.screening, 'screening');
      tx.update(clients).set({ supervisionLevel: decision.chosenLevel, levelOverrideReason: decision.overrideReason }).where(eq(clients.id, input.clientId)).run();
      const row = insertAssessment(tx, ctx, input.clientId, 'reassessment', decision);
      return {
        value: row,
        detail: `assessment ${row.id}; score ${row.score}; proposed ${row.proposedLevel}; chosen ${row.chosenLevel}${row.overrideReason ? ' (overridden)' : ''}`,
      };
    },
  });
}
