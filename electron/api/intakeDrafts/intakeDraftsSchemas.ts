import { z } from 'zod';
import { optionalText, recordId } from '../shared/fieldSchemas';

export const DRAFT_MAX_BYTES = 1024 * 1024;

const draftId = recordId('a draft');

/** A draft is an intake form half filled in, so only its size and shape are checked here; intake validates the rest. */
export const saveDraftInputSchema = z.object({
  /** Null creates a draft; an id updates that draft (your own only). */
  id: draftId.nullable().default(null),
  /** Shown in the list of drafts, e.g. the person's name; empty becomes "Untitled intake". */
  label: optionalText('the draft label', 200),
  data: z
    .record(z.string(), z.unknown(), { error: 'The draft must be the intake form as an object.' })
    .refine(
      (data) => new TextEncoder().encode(JSON.stringify(data)).length <= DRAFT_MAX_BYTES,
      'The draft is larger than 1 MB; remove the photo from the draft or finish the intake.',
    ),
});

export const draftIdInputSchema = z.object({ id: draftId });
