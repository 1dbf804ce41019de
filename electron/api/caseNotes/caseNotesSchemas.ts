import { z } from 'zod';
import { CONTACT_OUTCOMES, CONTACT_TYPES } from './caseNotesCodes';
import { editedVersion, optionalText, pastDateTime, recordId, requiredText } from '../shared/fieldSchemas';

export const NARRATIVE_MAX = 50_000;

const answer = (question: string) => z.boolean({ error: `Answer: ${question}` });

/** What an officer checks on a home visit; each "yes" that needs an explanation requires one. */
export const homeVisitChecklistSchema = z
  .object({
    residenceVerified: answer('was the residence verified?'),
    clientPresent: answer('was the client present?'),
    othersPresent: answer('was anyone else present?'),
    othersPresentWho: optionalText('who else was present', 500),
    livingConditions: optionalText('the living conditions', 2000),
    contrabandObserved: answer('were contraband, drugs or weapons observed?'),
    contrabandDetails: optionalText('what was observed', 2000),
    /** Null when the client has no curfew or it could not be checked. */
    curfewCompliant: z.boolean({ error: 'Answer whether the client kept the curfew, or leave it unanswered.' }).nullable().default(null),
    photosAttached: z
      .number({ error: 'Enter how many photos were taken.' })
      .int('Enter a whole number of photos.')
      .min(0, 'The number of photos cannot be negative.')
      .max(200, 'At most 200 photos.')
      .default(0),
    photoNotes: optionalText('the photo notes', 1000),
  })
  .superRefine((visit, ctx) => {
    if (visit.othersPresent && !visit.othersPresentWho) ctx.addIssue({ code: 'custom', path: ['othersPresentWho'], message: 'Say who else was present.' });
    if (visit.contrabandObserved && !visit.contrabandDetails)
      ctx.addIssue({ code: 'custom', path: ['contrabandDetails'], message: 'Describe the contraband, drugs or weapons observed.' });
  });

const tagsSchema = z
  .array(requiredText('the tag', 50))
  .max(20, 'Use at most 20 tags.')
  .default([])
  .transform((tags) => [...new Set(tags)]);

export const noteFieldsSchema = z
  .object({
    contactType: z.enum(CONTACT_TYPES, { error: 'Choose the contact type.' }),
    contactAt: pastDateTime('the date and time of the contact'),
    durationMinutes: z
      .number({ error: 'Enter the duration in minutes, or leave it empty.' })
      .int('Enter the duration as a whole number of minutes.')
      .min(1, 'The duration must be at least 1 minute.')
      .max(24 * 60, 'The duration can be at most 24 hours.')
      .nullable()
      .default(null),
    location: optionalText('the location', 200),
    peoplePresent: optionalText('who was present', 500),
    outcome: z.enum(CONTACT_OUTCOMES, { error: 'Choose the outcome of the contact.' }),
    absenceReason: optionalText('the reason for the absence', 1000),
    narrative: requiredText('the narrative', NARRATIVE_MAX, 'Write the narrative of the contact.'),
    tags: tagsSchema,
    homeVisit: homeVisitChecklistSchema.nullable().default(null),
  })
  .superRefine((note, ctx) => {
    if (note.outcome === 'acceptable_absence' && !note.absenceReason) {
      ctx.addIssue({ code: 'custom', path: ['absenceReason'], message: 'Give the reason the absence was acceptable.' });
    }
    if (note.contactType === 'home_visit' && !note.homeVisit) {
      ctx.addIssue({ code: 'custom', path: ['homeVisit'], message: 'Fill in the home-visit checklist.' });
    }
    if (note.contactType !== 'home_visit' && note.homeVisit) {
      ctx.addIssue({ code: 'custom', path: ['homeVisit'], message: 'The home-visit checklist belongs on home-visit notes only.' });
    }
  });

const clientId = recordId('a client');
const noteId = recordId('a note');

export const createNoteInputSchema = z.object({
  clientId,
  note: noteFieldsSchema,
  /** Sign straight away instead of saving a draft. */
  sign: z.boolean().default(false),
});
export const updateNoteInputSchema = z.object({ noteId, version: editedVersion, note: noteFieldsSchema });
export const noteIdInputSchema = z.object({ noteId });
export const addAddendumInputSchema = z.object({ noteId, text: requiredText('the addendum', 10_000) });
export const reviewNoteInputSchema = z.object({ noteId, comment: optionalText('the review comment', 2000) });
export const listNotesInputSchema = z.object({
  clientId,
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(10).max(200).default(50),
  /** Opens the log at the page holding this note (a search result jumps to it) instead of `page`. */
  focusNoteId: recordId('a note').optional(),
});

export type HomeVisitChecklist = z.infer<typeof homeVisitChecklistSchema>;
