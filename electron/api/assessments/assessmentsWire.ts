import { z } from 'zod';
import { SUPERVISION_LEVELS } from '../clients/clientsCodes';
import { ASSESSMENT_KINDS, type ScoredAnswer } from './assessmentsCodes';

/** A screening as recorded: its answers as scored, the risk it found and the level chosen. */
export const assessmentWire = z.object({
  id: z.number(),
  clientId: z.number(),
  kind: z.enum(ASSESSMENT_KINDS),
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  instrumentName: z.string(),
  assessedOn: z.string(),
  answers: z.custom<ScoredAnswer[]>(),
  score: z.number(),
  riskLevel: z.enum(SUPERVISION_LEVELS),
  needAreas: z.array(z.string()),
  proposedLevel: z.enum(SUPERVISION_LEVELS),
  chosenLevel: z.enum(SUPERVISION_LEVELS),
  overrideReason: z.string().nullable(),
  assessorId: z.number(),
  createdAt: z.string(),
});
export type Assessment = z.infer<typeof assessmentWire>;
