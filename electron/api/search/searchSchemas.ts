import { z } from 'zod';
import { text } from '../shared/fieldSchemas';

export const searchInputSchema = z.object({
  /** What the user typed, as typed: every word must match the start of a word (case and accents ignored). */
  text: text('the search', 200).default(''),
  /** At most this many clients and this many notes. */
  limit: z.number().int().min(1).max(50).default(10),
});

export type SearchInput = z.infer<typeof searchInputSchema>;
