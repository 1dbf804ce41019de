import { z } from 'zod';

/** A saved draft on the officer's list: everything but the form itself. */
export const draftSummaryWire = z.object({
  id: z.number(),
  ownerId: z.number(),
  label: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DraftSummary = z.infer<typeof draftSummaryWire>;

/** A draft to resume: the intake form as it was saved (checked only for size and shape when saved). */
export const intakeDraftWire = draftSummaryWire.extend({ data: z.custom<Record<string, unknown>>() });
export type IntakeDraft = z.infer<typeof intakeDraftWire>;
