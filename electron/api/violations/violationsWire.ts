import { z } from 'zod';
import { RESPONSE_TYPES, VIOLATION_STATUSES } from './violationsCodes';

export const violationWire = z.object({
  id: z.number(),
  clientId: z.number(),
  conditionId: z.number().nullable(),
  violationDate: z.string(),
  description: z.string(),
  /** One of the office's severities (settings key `enforcement`), as named when recorded. */
  severity: z.string(),
  status: z.enum(VIOLATION_STATUSES),
  createdBy: z.number(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  updatedBy: z.number().nullable(),
});
export type Violation = z.infer<typeof violationWire>;

/** What the officer did about a violation. */
export const violationResponseWire = z.object({
  id: z.number(),
  violationId: z.number(),
  clientId: z.number(),
  responseDate: z.string(),
  responseType: z.enum(RESPONSE_TYPES),
  /** For a graduated sanction: one of the office's sanctions (settings key `enforcement`), as named when recorded. */
  sanction: z.string().nullable(),
  details: z.string(),
  respondedBy: z.number(),
  createdAt: z.string(),
});
export type ViolationResponse = z.infer<typeof violationResponseWire>;

/** A violation with the notes and drug tests that evidence it and its responses (oldest first). */
export const violationWithResponsesWire = violationWire.extend({ noteIds: z.array(z.number()), drugTestIds: z.array(z.number()), responses: z.array(violationResponseWire) });
export type ViolationWithResponses = z.infer<typeof violationWithResponsesWire>;
