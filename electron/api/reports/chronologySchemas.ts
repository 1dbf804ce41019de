import { z } from 'zod';
import { isoDate, recordId } from '../shared/fieldSchemas';

/** A client's contact log between two local dates, both included. */
export const chronologyInputSchema = z
  .object({
    clientId: recordId('a client'),
    from: isoDate('the start date'),
    to: isoDate('the end date'),
  })
  .refine((range) => range.from <= range.to, { message: 'The end date must be on or after the start date.', path: ['to'] });

export type ChronologyInput = z.infer<typeof chronologyInputSchema>;
