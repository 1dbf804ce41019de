import { z } from 'zod';
import { SUPERVISION_LEVELS } from '../clients/clientsCodes';

/** Where a client stands: overdue once a due date has passed, due soon when one falls within the office's days, else met. */
export const STANDING_STATUSES = ['met', 'due_soon', 'overdue'] as const;
export type StandingStatus = (typeof STANDING_STATUSES)[number];
export const REQUIREMENT_KINDS = ['first_contact', 'first_home_visit', 'face_to_face', 'home_visit'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const requirementStandingWire = z.object({
  requirement: z.enum(REQUIREMENT_KINDS),
  required: z.number(),
  /** Null for the first-contact rules, which are not rolling. */
  periodDays: z.number().nullable(),
  /** Qualifying contacts in the current window (for first-contact rules: 1 once done). */
  counted: z.number(),
  lastContactOn: z.string().nullable(),
  /** Null once a first-contact rule is met. */
  dueOn: z.string().nullable(),
  status: z.enum(STANDING_STATUSES),
  /** Contacts still needed in the current window. */
  missing: z.number(),
});
export type RequirementStanding = z.infer<typeof requirementStandingWire>;

/** Where a client stands against the office's contact standards (services/contactStandards/standing.ts measures it). */
export const contactStandingWire = z.object({
  status: z.enum(STANDING_STATUSES),
  level: z.enum(SUPERVISION_LEVELS),
  levelSince: z.string(),
  intakeDate: z.string(),
  nextDueOn: z.string().nullable(),
  requirements: z.array(requirementStandingWire),
  /** What the officer has to do, one line per requirement not yet met or falling due. */
  todo: z.array(z.string()),
});
export type ContactStanding = z.infer<typeof contactStandingWire>;
