import { z } from 'zod';
import { RESPONSE_TYPES, VIOLATION_STATUSES } from './violationsCodes';
import { optionalText, pastDate, recordId, requiredText } from '../shared/fieldSchemas';

const idList = (what: string) =>
  z
    .array(recordId(what))
    .max(50, `Link at most 50 ${what}s.`)
    .default([])
    .transform((ids) => [...new Set(ids)]);

export const violationSchema = z.object({
  /** The condition violated; null for a new offence or conduct not tied to one condition. */
  conditionId: recordId('the condition violated').nullable().default(null),
  violationDate: pastDate('the date of the violation'),
  description: requiredText('the description of the violation', 5000),
  /** One of the office's severities (settings: enforcement). */
  severity: requiredText('the severity', 100, 'Choose the severity.'),
  noteIds: idList('note'),
  drugTestIds: idList('drug test'),
});

export const responseSchema = z
  .object({
    responseDate: pastDate('the date of the response'),
    responseType: z.enum(RESPONSE_TYPES, { error: 'Choose the response.' }),
    /** For a graduated sanction: one of the office's sanctions (settings: enforcement). */
    sanction: requiredText('the sanction', 100).nullable().default(null),
    details: optionalText('the details', 5000),
  })
  .superRefine((response, ctx) => {
    if (response.responseType === 'graduated_sanction' && response.sanction === null) {
      ctx.addIssue({ code: 'custom', path: ['sanction'], message: 'Choose the graduated sanction.' });
    }
    if (response.responseType !== 'graduated_sanction' && response.sanction !== null) {
      ctx.addIssue({ code: 'custom', path: ['sanction'], message: 'A sanction is chosen only for a graduated sanction; leave it empty.' });
    }
  });

const violationId = recordId('a violation');

export const createViolationInputSchema = z.object({ clientId: recordId('a client'), violation: violationSchema });
export const updateViolationInputSchema = z.object({ violationId, violation: violationSchema });
export const respondInputSchema = z.object({ violationId, response: responseSchema });
export const setViolationStatusInputSchema = z.object({
  violationId,
  status: z.enum(VIOLATION_STATUSES, { error: 'Choose the status: open, responded, resolved or referred to court.' }),
});

export type ViolationInput = z.infer<typeof violationSchema>;
