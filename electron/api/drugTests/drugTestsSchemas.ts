import { z } from 'zod';
import { DRUG_TEST_METHODS, LAB_RESULTS, PANEL_RESULTS } from './drugTestsCodes';
import { optionalText, pastDate, pastDateTime, recordId, requiredText } from '../shared/fieldSchemas';

export const panelRowSchema = z.object({
  substance: requiredText('the substance', 50),
  result: z.enum(PANEL_RESULTS, { error: 'Choose the result for this substance: negative, positive, dilute, invalid or refused.' }),
});

const panelSchema = z
  .array(panelRowSchema)
  .min(1, 'Add at least one substance with its result.')
  .max(30, 'A panel can list at most 30 substances.')
  .superRefine((panel, ctx) => {
    const seen = new Set<string>();
    panel.forEach((row, index) => {
      const key = row.substance.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'substance'], message: `${row.substance} is already on the panel.` });
      seen.add(key);
    });
  });

export const drugTestFieldsSchema = z.object({
  collectedAt: pastDateTime('the date and time of collection'),
  method: z.enum(DRUG_TEST_METHODS, { error: 'Choose the method: urine, oral, breath or patch.' }),
  panel: panelSchema,
  admittedUse: z.boolean().default(false),
  sentForLab: z.boolean().default(false),
  /** The contact note that records the test, if any; it must be the same client's. */
  noteId: recordId('a note').nullable().default(null),
  notes: optionalText('the notes', 2000),
});

export const createDrugTestInputSchema = z.object({ clientId: recordId('a client'), test: drugTestFieldsSchema });
export const recordLabResultInputSchema = z.object({
  drugTestId: recordId('a drug test'),
  labResult: z.enum(LAB_RESULTS, { error: 'Choose the lab result: confirmed positive, negative or inconclusive.' }),
  labResultDate: pastDate('the date of the lab result'),
});

export type PanelRow = z.infer<typeof panelRowSchema>;
