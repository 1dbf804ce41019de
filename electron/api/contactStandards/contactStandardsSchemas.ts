import { z } from 'zod';
import { CONTACT_TYPES } from '../caseNotes/caseNotesCodes';
import { SUPERVISION_LEVELS, type SupervisionLevel } from '../clients/clientsCodes';

/** A number of contacts within a number of days, e.g. 4 face-to-face contacts per 30 days. */
const frequencySchema = (what: string) =>
  z.object({
    count: z
      .number({ error: `Enter how many ${what} are required.` })
      .int('Enter a whole number.')
      .min(1, 'Require at least 1, or switch the requirement off.')
      .max(31, 'At most 31 per period.'),
    periodDays: z
      .number({ error: 'Enter the period in days.' })
      .int('Enter a whole number of days.')
      .min(1, 'The period must be at least 1 day.')
      .max(366, 'The period can be at most 366 days.'),
  });
export type ContactFrequency = z.infer<ReturnType<typeof frequencySchema>>;

/** What one supervision level requires; null switches a requirement off. */
const levelStandardSchema = z.object({
  faceToFace: frequencySchema('face-to-face contacts').nullable(),
  homeVisits: frequencySchema('home visits').nullable(),
});
export type LevelStandard = z.infer<typeof levelStandardSchema>;

const daysLimit = (label: string, max: number) =>
  z
    .number({ error: `Enter ${label}, or switch it off.` })
    .int('Enter a whole number of days.')
    .min(0, 'The number of days cannot be negative.')
    .max(max, `At most ${max} days.`);

/**
 * The office's contact standards (settings key `contactStandards`). Only signed notes of contacts that took
 * place (attended, complied or not) count; see services/contactStandards/standing.ts for how they are measured.
 */
export const contactStandardsSchema = z.object({
  levels: z.object(Object.fromEntries(SUPERVISION_LEVELS.map((level) => [level, levelStandardSchema])) as Record<SupervisionLevel, typeof levelStandardSchema>),
  /** Business days (Monday to Friday) from intake to the first face-to-face contact; null: no such rule. */
  firstContactBusinessDays: daysLimit('the business days to the first contact', 30).nullable(),
  /** Calendar days from intake to the first home visit; null: no such rule. */
  firstHomeVisitDays: daysLimit('the days to the first home visit', 90).nullable(),
  /** A requirement falling due within this many days shows as "due soon". */
  dueSoonDays: daysLimit('the days before a due date that count as due soon', 30),
  /** The contact types that count as face-to-face. */
  faceToFaceTypes: z
    .array(z.enum(CONTACT_TYPES, { error: 'Choose contact types.' }))
    .min(1, 'Choose at least one contact type that counts as face-to-face.')
    .transform((types) => [...new Set(types)]),
});
export type ContactStandards = z.infer<typeof contactStandardsSchema>;

/** As the issue states common practice; a Very high level is not named there, so it starts as strict as High. */
export const defaultContactStandards: ContactStandards = {
  levels: {
    low: { faceToFace: { count: 1, periodDays: 90 }, homeVisits: null },
    medium: { faceToFace: { count: 2, periodDays: 30 }, homeVisits: { count: 1, periodDays: 60 } },
    high: { faceToFace: { count: 4, periodDays: 30 }, homeVisits: { count: 1, periodDays: 30 } },
    very_high: { faceToFace: { count: 4, periodDays: 30 }, homeVisits: { count: 1, periodDays: 30 } },
  },
  firstContactBusinessDays: 2,
  firstHomeVisitDays: 10,
  dueSoonDays: 7,
  faceToFaceTypes: ['office_visit', 'home_visit', 'field_visit', 'employment_visit', 'school_visit'],
};
