import { z } from 'zod';
import { CONDITION_TYPES, TARGET_UNITS } from '../clients/clientsCodes';
import { requiredText, text } from '../shared/fieldSchemas';

/** The intake settings: the court's standard conditions and the risk/needs screening instrument. */
export const standardConditionSchema = z
  .object({
    type: z.enum(CONDITION_TYPES, { error: 'Choose the condition type.' }),
    text: requiredText('the text of the condition', 2000),
    targetAmount: z.number().int('Enter a whole number.').min(0, 'The target cannot be negative.').optional(),
    targetUnit: z.enum(TARGET_UNITS, { error: 'Choose what the target counts.' }).optional(),
  })
  .refine((c) => (c.targetAmount === undefined) === (c.targetUnit === undefined), {
    message: 'Give both the target amount and what it counts, or neither.',
    path: ['targetUnit'],
  });

export const intakeSettingsSchema = z.object({
  /** Pre-filled into every intake as the court's standard conditions; the officer adds special ones. */
  standardConditions: z.array(standardConditionSchema).max(50, 'Keep the standard conditions to at most 50.'),
});

const cutoff = (label: string) =>
  z
    .number({ error: `Enter the ${label} cut-off score.` })
    .int('Cut-off scores are whole numbers.')
    .min(1, 'Cut-off scores start at 1.');

export const riskInstrumentSchema = z
  .object({
    id: text('the instrument id', 100).regex(/^[a-z0-9._-]+$/, 'Use lower-case letters, digits, dots, hyphens and underscores in the instrument id.'),
    name: requiredText('the instrument name', 500),
    version: requiredText('the version', 500),
    disclaimer: text('the disclaimer', 2000),
    items: z
      .array(
        z.object({
          // Item ids become part of field paths (screening.answers.<id>), so no dots.
          id: requiredText('the item id', 100, 'Give every item an id.').regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, hyphens and underscores in item ids.'),
          text: requiredText('the item text', 500),
          needArea: requiredText('the need area', 100, 'Name the need area, or set none (null).').nullable(),
          answers: z
            .array(z.object({ label: requiredText('the answer label', 500), weight: z.number().int('Weights are whole numbers.').min(0, 'Weights cannot be negative.') }))
            .min(1, 'Give every item at least one answer.'),
        }),
      )
      .min(1, 'The instrument needs at least one item.'),
    cutoffs: z.object({ medium: cutoff('Medium'), high: cutoff('High'), very_high: cutoff('Very high') }),
    /** A need area is flagged when the weights of its items' answers add up to at least this. */
    needAreaThreshold: z.number().int('The need-area threshold is a whole number.').min(1, 'The need-area threshold must be at least 1.'),
  })
  .superRefine((instrument, ctx) => {
    const { medium, high, very_high } = instrument.cutoffs;
    if (high <= medium) ctx.addIssue({ code: 'custom', path: ['cutoffs', 'high'], message: 'The High cut-off must be above the Medium cut-off.' });
    if (very_high <= high) ctx.addIssue({ code: 'custom', path: ['cutoffs', 'very_high'], message: 'The Very high cut-off must be above the High cut-off.' });
    const seen = new Set<string>();
    instrument.items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `Another item already has the id "${item.id}"; item ids must be unique.` });
      seen.add(item.id);
    });
  });

export type RiskInstrument = z.infer<typeof riskInstrumentSchema>;
export type StandardCondition = z.infer<typeof standardConditionSchema>;
