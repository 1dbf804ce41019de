import { z } from 'zod';
import { DRUG_TEST_METHODS, LAB_RESULTS, PANEL_RESULTS } from './drugTestsCodes';
import type { PanelRow } from './drugTestsSchemas';

/** A drug test as recorded: evidence, so only the lab's later result is ever added. */
export const drugTestWire = z.object({
  id: z.number(),
  clientId: z.number(),
  noteId: z.number().nullable(),
  /** Local wall time, YYYY-MM-DDTHH:mm. */
  collectedAt: z.string(),
  method: z.enum(DRUG_TEST_METHODS),
  panel: z.custom<PanelRow[]>(),
  admittedUse: z.boolean(),
  sentForLab: z.boolean(),
  labResult: z.enum(LAB_RESULTS).nullable(),
  labResultDate: z.string().nullable(),
  /** Derived from the panel when saved. */
  overallResult: z.enum(PANEL_RESULTS),
  notes: z.string(),
  collectedBy: z.number(),
  createdAt: z.string(),
});
export type DrugTest = z.infer<typeof drugTestWire>;

export const savedDrugTestWire = z.object({
  test: drugTestWire,
  /** True for a positive or refused result (or a lab-confirmed positive): the renderer prompts the officer to record a violation. */
  suggestViolation: z.boolean(),
});
export type SavedDrugTest = z.infer<typeof savedDrugTestWire>;
