import dayjs from 'dayjs';
import { z } from 'zod';
import {
  ADDRESS_KINDS,
  ALIAS_KINDS,
  ASSOCIATE_KINDS,
  CLIENT_STATUSES,
  CLOSURE_REASONS,
  CONDITION_KINDS,
  CONDITION_STATUSES,
  CONDITION_TYPES,
  IDENTIFIER_TYPES,
  OFFENCE_CLASSES,
  PHOTO_MIME_TYPES,
  PLEAS,
  SENTENCE_TYPES,
  SEXES,
  SUPERVISION_LEVELS,
  TARGET_UNITS,
  type ClientStatus,
} from './clientsCodes';
import { screeningSchema } from '../assessments/assessmentsSchemas';
import { ISO_DATE_FORMAT, editedVersion, emailSchema, isoDate, optionalDate, optionalText, pastDate, phoneSchema, recordId, requiredText } from '../shared/fieldSchemas';

export const MIN_CLIENT_AGE_YEARS = 10;
export const PHOTO_MAX_BYTES = 512 * 1024;

const clientId = recordId('a client');
const nameField = (label: string) => requiredText(label, 100);
const note = (label: string) => optionalText(label, 2000);
const longNote = (label: string) => optionalText(label, 10_000);
const nullableEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message }).nullable().default(null);
const measurement = (label: string, min: number, max: number) =>
  z
    .number({ error: `Enter ${label}, or leave it empty.` })
    .int(`Enter ${label} as a whole number.`)
    .min(min, `Check ${label}: it is less than any adult's.`)
    .max(max, `Check ${label}: it is more than any adult's.`)
    .nullable()
    .default(null);

export const identitySchema = z.object({
  firstName: nameField('the first name'),
  middleName: optionalText('the middle name', 100),
  lastName: nameField('the last name'),
  suffix: optionalText('the suffix', 20),
  dateOfBirth: pastDate('the date of birth').refine(
    (value) => value <= dayjs().subtract(MIN_CLIENT_AGE_YEARS, 'year').format(ISO_DATE_FORMAT),
    `The date of birth makes the person younger than ${MIN_CLIENT_AGE_YEARS}; check the year.`,
  ),
  sex: z.enum(SEXES, { error: 'Choose the sex: female, male, other or unknown.' }),
  raceEthnicity: optionalText('the race or ethnicity', 100),
  /** Millimeters and grams (format/measurements.ts); the forms take feet and inches or centimeters, pounds or kilograms. */
  heightMm: measurement('the height', 500, 2500),
  weightG: measurement('the weight', 20_000, 350_000),
  eyeColour: optionalText('the eye color', 50),
  hairColour: optionalText('the hair color', 50),
  distinguishingMarks: note('the scars, marks and tattoos'),
  phone: phoneSchema().default(''),
  email: emailSchema,
  primaryLanguage: optionalText('the primary language', 100),
  interpreterNeeded: z.boolean().default(false),
});

export const aliasSchema = z.object({
  kind: z.enum(ALIAS_KINDS, { error: 'Choose the kind of name: alias, nickname, previous name or other.' }),
  firstName: optionalText('the first name', 100),
  lastName: nameField('the last name (or the whole alias)'),
});

export const identifierSchema = z.object({
  type: z.enum(IDENTIFIER_TYPES, { error: 'Choose the kind of identifier.' }),
  value: requiredText('the identifier number', 100),
  issuer: optionalText('the issuing state, country or agency', 100),
});

export const addressSchema = z
  .object({
    kind: z.enum(ADDRESS_KINDS, { error: 'Choose the kind of address: residence, mailing or other.' }),
    line1: requiredText('the street address', 200),
    line2: optionalText('the second address line', 200),
    city: requiredText('the city or town', 100),
    region: optionalText('the state or region', 100),
    postalCode: optionalText('the postal code', 20),
    livingWith: optionalText('who else lives there', 500),
    movedIn: optionalDate(pastDate('the moved-in date')),
    movedOut: optionalDate(pastDate('the moved-out date')),
    notes: note('the address notes'),
  })
  .refine((a) => !a.movedIn || !a.movedOut || a.movedOut >= a.movedIn, {
    message: 'The moved-out date cannot be before the moved-in date.',
    path: ['movedOut'],
  });

export const associateSchema = z.object({
  kind: z.enum(ASSOCIATE_KINDS, { error: 'Choose the kind of contact: family, employer, school, treatment provider, attorney or other.' }),
  name: requiredText('the name', 200),
  relationship: optionalText('the relationship', 100),
  phone: phoneSchema().default(''),
  address: optionalText('the address', 500),
  notes: note('the notes'),
});

export const offenceSchema = z.object({
  statute: optionalText('the statute', 100),
  description: requiredText('the offense description', 500),
  offenceClass: z.enum(OFFENCE_CLASSES, { error: 'Choose the offense class: felony, misdemeanor, infraction or other.' }),
  offenceDate: optionalDate(pastDate('the offense date')),
});

export const courtCaseSchema = z
  .object({
    docketNumber: requiredText('the docket number', 100, 'Enter the docket number from the court order.'),
    court: requiredText('the court', 200),
    judge: optionalText('the judge', 200),
    dispositionDate: optionalDate(pastDate('the disposition date')),
    plea: nullableEnum(PLEAS, 'Choose the plea.'),
    sentenceType: nullableEnum(SENTENCE_TYPES, 'Choose the sentence type.'),
    sentenceDetails: note('the sentence details'),
    termStart: optionalDate(isoDate('the term start date')),
    termEnd: optionalDate(isoDate('the term end date')),
    offences: z.array(offenceSchema).min(1, 'Add at least one offense from the court order.').max(50, 'A court case can list at most 50 offenses.'),
  })
  .refine((c) => !c.termStart || !c.termEnd || c.termEnd > c.termStart, {
    message: 'The term must end after it starts; check the term end date.',
    path: ['termEnd'],
  });

/** The fields of a condition; each use adds how it points at its court case. */
const conditionFields = {
  kind: z.enum(CONDITION_KINDS, { error: 'Choose standard or special.' }),
  type: z.enum(CONDITION_TYPES, { error: 'Choose the condition type.' }),
  text: requiredText('the text of the condition', 2000),
  targetAmount: z.number({ error: 'Enter the target as a number.' }).int('Enter the target as a whole number.').min(0, 'The target cannot be negative.').nullable().default(null),
  targetUnit: nullableEnum(TARGET_UNITS, 'Choose what the target counts.'),
};
const targetIsComplete = (c: { targetAmount: number | null; targetUnit: string | null }) => (c.targetAmount === null) === (c.targetUnit === null);
const targetMessage = { message: 'Give both the target amount and what it counts (hours, cents, tests per month…), or neither.', path: ['targetUnit'] };

/** In an intake the court case does not exist yet: a condition names it by its position in `courtCases`. */
export const intakeConditionSchema = z.object({ ...conditionFields, courtCaseIndex: z.number().int().min(0).nullable().default(null) }).refine(targetIsComplete, targetMessage);

export const conditionSchema = z.object({ ...conditionFields, courtCaseId: recordId('a court case').nullable().default(null) }).refine(targetIsComplete, targetMessage);

export const backgroundSchema = z.object({
  education: longNote('the education notes'),
  employment: longNote('the employment notes'),
  finances: longNote('the finances notes'),
  physicalHealth: longNote('the physical health notes'),
  mentalHealth: longNote('the mental health notes'),
  substanceUse: longNote('the substance use notes'),
  gangAffiliation: longNote('the gang affiliation notes'),
  criminalHistory: longNote('the criminal history summary'),
});

const base64Length = (base64: string) => Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
const MAGIC_BYTES: Record<(typeof PHOTO_MIME_TYPES)[number], number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};
const startsWith = (base64: string, magic: number[]) => {
  let head: string;
  try {
    head = atob(base64.slice(0, 12));
  } catch {
    // Not base64: the base64 check has already reported it, and this refinement still runs.
    return false;
  }
  return magic.every((byte, i) => head.charCodeAt(i) === byte);
};

/** The renderer resizes the picked image; this checks that what arrives is really a small JPEG or PNG. */
export const photoSchema = z
  .object({
    mime: z.enum(PHOTO_MIME_TYPES, { error: 'The photo must be a JPEG or PNG image.' }),
    base64: z.base64('The photo could not be read; pick the image again.').min(12, 'The photo could not be read; pick the image again.'),
  })
  .superRefine((photo, ctx) => {
    if (base64Length(photo.base64) > PHOTO_MAX_BYTES) {
      ctx.addIssue({ code: 'custom', path: ['base64'], message: `The photo is larger than ${PHOTO_MAX_BYTES / 1024} KB; pick a smaller image.` });
    } else if (!startsWith(photo.base64, MAGIC_BYTES[photo.mime])) {
      ctx.addIssue({ code: 'custom', path: ['base64'], message: `The photo is not a ${photo.mime === 'image/png' ? 'PNG' : 'JPEG'} image; pick a JPEG or PNG photo.` });
    }
  });

export const safetyAlertsSchema = note('the safety alerts');

export const assignmentSchema = z.object({
  officerId: recordId('the officer to assign'),
  supervisionStartDate: isoDate('the supervision start date'),
  /** An intake can start as 'intake' (paperwork pending) or straight away as 'active'. */
  status: z.enum(['intake', 'active'], { error: 'Choose whether the client starts in intake or active.' }),
});

const list = <T extends z.ZodType>(item: T, max: number, what: string) => z.array(item).max(max, `Add at most ${max} ${what}.`).default([]);

export const intakeInputSchema = z
  .object({
    /** The draft this intake was resumed from; it is deleted when the client is created. */
    draftId: recordId('a draft').nullable().default(null),
    identity: identitySchema,
    photo: photoSchema.nullable().default(null),
    aliases: list(aliasSchema, 20, 'other names'),
    identifiers: list(identifierSchema, 20, 'identifiers'),
    addresses: list(addressSchema, 20, 'addresses'),
    associates: list(associateSchema, 50, 'contacts'),
    courtCases: z.array(courtCaseSchema).min(1, 'Add the court case from the court order.').max(20, 'Add at most 20 court cases.'),
    conditions: list(intakeConditionSchema, 100, 'conditions'),
    background: backgroundSchema,
    safetyAlerts: safetyAlertsSchema,
    screening: screeningSchema,
    assignment: assignmentSchema,
  })
  .superRefine((input, ctx) => {
    input.conditions.forEach((condition, index) => {
      if (condition.courtCaseIndex !== null && condition.courtCaseIndex >= input.courtCases.length) {
        ctx.addIssue({ code: 'custom', path: ['conditions', index, 'courtCaseIndex'], message: 'Choose one of the court cases entered for this client.' });
      }
    });
  });

const identifierSearchSchema = identifierSchema.pick({ type: true, value: true });

export const duplicateSearchSchema = z.object({
  firstName: optionalText('the first name', 100),
  lastName: optionalText('the last name', 100),
  dateOfBirth: optionalDate(isoDate('the date of birth')),
  identifiers: list(identifierSearchSchema, 20, 'identifiers'),
});

export const updateIdentityInputSchema = z.object({
  clientId,
  version: editedVersion,
  identity: identitySchema,
  aliases: list(aliasSchema, 20, 'other names'),
  identifiers: list(identifierSchema, 20, 'identifiers'),
});

const addressId = recordId('an address');
const associateId = recordId('a contact');
const courtCaseId = recordId('a court case');
const conditionId = recordId('a condition');

export const clientIdInputSchema = z.object({ clientId });
export const setPhotoInputSchema = z.object({ clientId, photo: photoSchema.nullable() });
export const updateSafetyAlertsInputSchema = z.object({ clientId, safetyAlerts: safetyAlertsSchema });
export const addAddressInputSchema = z.object({ clientId, address: addressSchema });
export const updateAddressInputSchema = z.object({ addressId, address: addressSchema });
export const moveOutInputSchema = z.object({ addressId, movedOut: pastDate('the moved-out date') });
export const verifyAddressInputSchema = z.object({ addressId, verifiedOn: pastDate('the date the address was verified') });
export const addAssociateInputSchema = z.object({ clientId, associate: associateSchema });
export const updateAssociateInputSchema = z.object({ associateId, associate: associateSchema });
export const associateIdInputSchema = z.object({ associateId });
export const addCourtCaseInputSchema = z.object({ clientId, courtCase: courtCaseSchema });
export const updateCourtCaseInputSchema = z.object({ courtCaseId, courtCase: courtCaseSchema });
export const addConditionInputSchema = z.object({ clientId, condition: conditionSchema });
export const updateConditionInputSchema = z.object({ conditionId, condition: conditionSchema });
export const setConditionStatusInputSchema = z.object({
  conditionId,
  status: z.enum(CONDITION_STATUSES, { error: 'Choose the condition status.' }),
});
export const updateBackgroundInputSchema = z.object({ clientId, background: backgroundSchema });

/**
 * Where each status may go. Closed leads nowhere here: only a supervisor's reopen brings a case back.
 * Here rather than in status.ts so the renderer offers only the changes the host accepts.
 */
export const NEXT_STATUSES: Record<ClientStatus, readonly ClientStatus[]> = {
  intake: ['active', 'closed'],
  active: ['warrant', 'absconded', 'in_custody', 'closed'],
  warrant: ['active', 'in_custody', 'closed'],
  absconded: ['active', 'warrant', 'in_custody', 'closed'],
  in_custody: ['active', 'closed'],
  closed: [],
};

export const setStatusInputSchema = z
  .object({
    clientId,
    status: z.enum(CLIENT_STATUSES, { error: 'Choose the new status.' }),
    effectiveDate: pastDate('the date of the change'),
    reason: note('the reason'),
    closureReason: nullableEnum(CLOSURE_REASONS, 'Choose why the case is closed.'),
  })
  .refine((input) => input.status !== 'closed' || input.closureReason !== null, {
    message: 'Choose why the case is closed.',
    path: ['closureReason'],
  });

export const reopenInputSchema = z.object({
  clientId,
  effectiveDate: pastDate('the date of reopening'),
  reason: requiredText('the reason for reopening the case', 2000),
});

export const transferInputSchema = z.object({
  clientId,
  toOfficerId: recordId('the officer to transfer the client to'),
});

export const CASELOAD_SORTS = ['name', 'caseNumber', 'status', 'level', 'officer', 'startDate'] as const;

export const caseloadInputSchema = z.object({
  /** mine: assigned to me; team: me and the officers I supervise; all: the whole office (supervisors and admins). */
  scope: z.enum(['mine', 'team', 'all']).default('mine'),
  /** Empty: every status but closed, unless searching (a search finds closed clients too). */
  statuses: z.array(z.enum(CLIENT_STATUSES)).default([]),
  levels: z.array(z.enum(SUPERVISION_LEVELS)).default([]),
  officerId: recordId('an officer').nullable().default(null),
  /** Part of a name ("smi", "john smi"), a case number, or an identifier's full value. */
  search: optionalText('the search', 100),
  sort: z.enum(CASELOAD_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(10).max(200).default(50),
});

export type IntakeInput = z.infer<typeof intakeInputSchema>;
export type Identity = z.infer<typeof identitySchema>;
export type AliasInput = z.infer<typeof aliasSchema>;
export type IdentifierInput = z.infer<typeof identifierSchema>;
export type AddressInput = z.infer<typeof addressSchema>;
export type AssociateInput = z.infer<typeof associateSchema>;
export type CourtCaseInput = z.infer<typeof courtCaseSchema>;
export type ConditionInput = z.infer<typeof conditionSchema>;
export type ClientPhoto = z.infer<typeof photoSchema>;
export type CaseloadInput = z.infer<typeof caseloadInputSchema>;
export type DuplicateSearch = z.infer<typeof duplicateSearchSchema>;
