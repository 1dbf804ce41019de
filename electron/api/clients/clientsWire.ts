import { z } from 'zod';
import { assessmentWire } from '../assessments/assessmentsWire';
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
  type SupervisionLevel,
} from './clientsCodes';

/**
 * A client as the app passes it around: the photo stays in the database (clients.photo fetches it), `hasPhoto` says
 * whether there is one. The normalized name keys matching and search use stay on the host.
 */
export const clientRecordWire = z.object({
  id: z.number(),
  /** PD-YYYY-NNNNN, assigned by the office at intake. */
  caseNumber: z.string(),
  firstName: z.string(),
  middleName: z.string(),
  lastName: z.string(),
  suffix: z.string(),
  dateOfBirth: z.string(),
  sex: z.enum(SEXES),
  raceEthnicity: z.string(),
  heightMm: z.number().nullable(),
  weightG: z.number().nullable(),
  eyeColour: z.string(),
  hairColour: z.string(),
  distinguishingMarks: z.string(),
  phone: z.string(),
  email: z.string(),
  primaryLanguage: z.string(),
  interpreterNeeded: z.boolean(),
  status: z.enum(CLIENT_STATUSES),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  closedOn: z.string().nullable(),
  supervisionLevel: z.enum(SUPERVISION_LEVELS),
  levelOverrideReason: z.string().nullable(),
  assignedOfficerId: z.number(),
  supervisionStartDate: z.string(),
  safetyAlerts: z.string(),
  photoMime: z.enum(PHOTO_MIME_TYPES).nullable(),
  createdAt: z.string(),
  createdBy: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.number().nullable(),
  /** Sent back with an edit, which is refused if the record changed since (electron/services/record/editVersions.ts). */
  rowVersion: z.number(),
  hasPhoto: z.boolean(),
});
export type ClientRecord = z.infer<typeof clientRecordWire>;

/** What intake answers: the new client's id and case number. */
export const newClientWire = clientRecordWire.pick({ id: true, caseNumber: true });

/** Who a client is, in lists and matches: enough to recognise them, nothing sensitive. */
export const clientNameWire = clientRecordWire.pick({
  id: true,
  caseNumber: true,
  firstName: true,
  middleName: true,
  lastName: true,
  suffix: true,
  dateOfBirth: true,
  status: true,
});
export type ClientName = z.infer<typeof clientNameWire>;

export const clientAliasWire = z.object({ id: z.number(), clientId: z.number(), kind: z.enum(ALIAS_KINDS), firstName: z.string(), lastName: z.string() });
export type ClientAlias = z.infer<typeof clientAliasWire>;

export const clientIdentifierWire = z.object({ id: z.number(), clientId: z.number(), type: z.enum(IDENTIFIER_TYPES), value: z.string(), issuer: z.string() });
export type ClientIdentifier = z.infer<typeof clientIdentifierWire>;

/** An address in the client's history; a null movedOut is a current address. */
export const addressWire = z.object({
  id: z.number(),
  clientId: z.number(),
  kind: z.enum(ADDRESS_KINDS),
  line1: z.string(),
  line2: z.string(),
  city: z.string(),
  region: z.string(),
  postalCode: z.string(),
  livingWith: z.string(),
  movedIn: z.string().nullable(),
  movedOut: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  verifiedBy: z.number().nullable(),
  notes: z.string(),
  createdAt: z.string(),
});
export type Address = z.infer<typeof addressWire>;

/** A contact of the client's; a removed one has removedAt. */
export const associateWire = z.object({
  id: z.number(),
  clientId: z.number(),
  kind: z.enum(ASSOCIATE_KINDS),
  name: z.string(),
  relationship: z.string(),
  phone: z.string(),
  address: z.string(),
  notes: z.string(),
  removedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Associate = z.infer<typeof associateWire>;

export const clientBackgroundWire = z.object({
  clientId: z.number(),
  education: z.string(),
  employment: z.string(),
  finances: z.string(),
  physicalHealth: z.string(),
  mentalHealth: z.string(),
  substanceUse: z.string(),
  gangAffiliation: z.string(),
  criminalHistory: z.string(),
  updatedAt: z.string().nullable(),
  updatedBy: z.number().nullable(),
});
export type ClientBackground = z.infer<typeof clientBackgroundWire>;

/** A change of status; the first one (fromStatus null) was written at intake. */
export const statusChangeWire = z.object({
  id: z.number(),
  clientId: z.number(),
  fromStatus: z.enum(CLIENT_STATUSES).nullable(),
  toStatus: z.enum(CLIENT_STATUSES),
  reason: z.string(),
  effectiveDate: z.string(),
  changedBy: z.number(),
  changedAt: z.string(),
});
export type StatusChange = z.infer<typeof statusChangeWire>;

export const offenceWire = z.object({
  id: z.number(),
  courtCaseId: z.number(),
  statute: z.string(),
  description: z.string(),
  offenceClass: z.enum(OFFENCE_CLASSES),
  offenceDate: z.string().nullable(),
});
export type Offence = z.infer<typeof offenceWire>;

export const courtCaseWire = z.object({
  id: z.number(),
  clientId: z.number(),
  docketNumber: z.string(),
  court: z.string(),
  judge: z.string(),
  dispositionDate: z.string().nullable(),
  plea: z.enum(PLEAS).nullable(),
  sentenceType: z.enum(SENTENCE_TYPES).nullable(),
  sentenceDetails: z.string(),
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  createdAt: z.string(),
});
export type CourtCase = z.infer<typeof courtCaseWire>;

/** A court case with its offences, entered and edited as one. */
export const courtCaseWithOffencesWire = courtCaseWire.extend({ offences: z.array(offenceWire) });
export type CourtCaseWithOffences = z.infer<typeof courtCaseWithOffencesWire>;

/** A condition of supervision, from a court case or standing on its own. */
export const conditionWire = z.object({
  id: z.number(),
  clientId: z.number(),
  courtCaseId: z.number().nullable(),
  kind: z.enum(CONDITION_KINDS),
  type: z.enum(CONDITION_TYPES),
  text: z.string(),
  targetAmount: z.number().nullable(),
  targetUnit: z.enum(TARGET_UNITS).nullable(),
  status: z.enum(CONDITION_STATUSES),
  statusChangedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Condition = z.infer<typeof conditionWire>;

/** Everything on a client's profile but the photo. User ids (verifiedBy, assessorId, changedBy) resolve through users.directory. */
export const clientProfileWire = z.object({
  client: clientRecordWire.extend({ assignedOfficerName: z.string() }),
  aliases: z.array(clientAliasWire),
  identifiers: z.array(clientIdentifierWire),
  /** Current addresses first, then past ones, most recent move-in first. */
  addresses: z.array(addressWire),
  /** Current contacts; removed ones stay in the database for the record. */
  associates: z.array(associateWire),
  courtCases: z.array(courtCaseWithOffencesWire),
  conditions: z.array(conditionWire),
  background: clientBackgroundWire.nullable(),
  /** Newest first; the first one set the current supervision level. */
  assessments: z.array(assessmentWire),
  /** Newest first. */
  statusHistory: z.array(statusChangeWire),
});
export type ClientProfile = z.infer<typeof clientProfileWire>;

const duplicateReasonWire = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('name_and_dob'), description: z.string() }),
  z.object({ kind: z.literal('similar_name_and_dob'), description: z.string() }),
  z.object({ kind: z.literal('alias_and_dob'), description: z.string() }),
  z.object({ kind: z.literal('identifier'), identifierType: z.enum(IDENTIFIER_TYPES), description: z.string() }),
]);
export type DuplicateReason = z.infer<typeof duplicateReasonWire>;

/** Just enough to recognise the person and whom to ask; officers see matches outside their caseload too. */
export const duplicateMatchWire = clientNameWire.extend({ assignedOfficerName: z.string(), reasons: z.array(duplicateReasonWire) });
export type DuplicateMatch = z.infer<typeof duplicateMatchWire>;

/** The contact-standards column: met, due soon or overdue, and the next due date (null where they do not apply). */
export interface CaseloadContactStatus {
  status: 'met' | 'due_soon' | 'overdue';
  nextDueOn: string | null;
}

/** One client on a page of the caseload. */
export interface CaseloadRow extends ClientName {
  supervisionLevel: SupervisionLevel;
  supervisionStartDate: string;
  assignedOfficerId: number;
  assignedOfficerName: string;
  hasPhoto: boolean;
  hasSafetyAlerts: boolean;
  contactStatus: CaseloadContactStatus | null;
}

/** One page of the caseload, built field by field in SQL (no run-time parse). */
export interface CaseloadPage {
  rows: CaseloadRow[];
  total: number;
  page: number;
  pageSize: number;
}
