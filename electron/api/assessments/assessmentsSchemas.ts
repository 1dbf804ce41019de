import { z } from 'zod';
import { SUPERVISION_LEVELS } from '../clients/clientsCodes';
import { optionalText, pastDate, recordId } from '../shared/fieldSchemas';

/** A completed screening as the officer enters it; answers are checked against the office's instrument when scored. */
export const screeningSchema = z.object({
  assessedOn: pastDate('the assessment date'),
  /** Item id → index of the chosen answer in that item's answers. */
  answers: z.record(z.string(), z.number({ error: 'Choose an answer.' }).int('Choose an answer.').min(0, 'Choose an answer.'), {
    error: 'Answer the screening items.',
  }),
  chosenLevel: z.enum(SUPERVISION_LEVELS, { error: 'Choose the supervision level: low, medium, high or very high.' }),
  /** Required when the chosen level differs from the one the score proposes. */
  overrideReason: optionalText('the reason for the override', 2000),
});

export const reassessInputSchema = z.object({ clientId: recordId('a client'), screening: screeningSchema });

export type Screening = z.infer<typeof screeningSchema>;
