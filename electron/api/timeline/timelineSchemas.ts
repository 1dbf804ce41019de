import { z } from 'zod';
import { isoDate, optionalDate, recordId } from '../shared/fieldSchemas';

/** Every kind of entry the timeline merges; plan changes and referral status changes come from their history tables. */
export const TIMELINE_KINDS = [
  'note',
  'drug_test',
  'violation',
  'violation_response',
  'ledger',
  'community_service',
  'program',
  'plan_change',
  'referral',
  'referral_status',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Where the previous page ended: its last entry's sort key. */
export const timelineCursorSchema = z.object({
  at: z.string().max(40),
  kind: z.enum(TIMELINE_KINDS),
  id: z.number().int().positive(),
});

export const timelineInputSchema = z
  .object({
    clientId: recordId('a client'),
    /** Empty: every kind. */
    kinds: z.array(z.enum(TIMELINE_KINDS, { error: 'Choose which kinds of entries to show.' })).default([]),
    /** Inclusive local dates. */
    from: optionalDate(isoDate('the start date')),
    to: optionalDate(isoDate('the end date')),
    after: timelineCursorSchema.nullable().default(null),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine((t) => !t.from || !t.to || t.from <= t.to, { message: 'The end date must be on or after the start date.', path: ['to'] });

export type TimelineInput = z.infer<typeof timelineInputSchema>;
export type TimelineCursor = z.infer<typeof timelineCursorSchema>;
