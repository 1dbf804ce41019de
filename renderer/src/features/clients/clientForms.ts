import type { z } from 'zod';
import type { Screening } from '../../../../electron/api/assessments/assessmentsSchemas';
import type {
  AddressInput,
  AliasInput,
  AssociateInput,
  ConditionInput,
  CourtCaseInput,
  Identity,
  IdentifierInput,
  assignmentSchema,
  backgroundSchema,
  offenceSchema,
} from '../../../../electron/api/clients/clientsSchemas';

/**
 * Client records as forms hold them: the schemas' own shapes, except that a choice the officer has not made
 * yet is null (the schema then says "Choose …"), rather than a default the officer might not notice.
 */
export type Unchosen<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export type IdentityForm = Unchosen<Identity, 'sex'>;
export type IdentifierForm = Unchosen<IdentifierInput, 'type'>;
export type AssociateForm = Unchosen<AssociateInput, 'kind'>;
export type OffenceForm = Unchosen<z.output<typeof offenceSchema>, 'offenceClass'>;
export type CourtCaseForm = Omit<CourtCaseInput, 'offences'> & { offences: OffenceForm[] };
/** The fields every condition has, however it points at its court case. */
export type ConditionFieldsForm = Unchosen<Omit<ConditionInput, 'courtCaseId'>, 'type'>;
/** chosenLevel null: the level the screening proposes. */
export type ScreeningForm = Unchosen<Screening, 'chosenLevel'>;
export type AssignmentForm = Unchosen<z.output<typeof assignmentSchema>, 'officerId'>;
export type BackgroundInput = z.output<typeof backgroundSchema>;
export type { AddressInput as AddressForm, AliasInput as AliasForm };

export const blankIdentity = (): IdentityForm => ({
  firstName: '',
  middleName: '',
  lastName: '',
  suffix: '',
  dateOfBirth: '',
  sex: null,
  raceEthnicity: '',
  heightMm: null,
  weightG: null,
  eyeColour: '',
  hairColour: '',
  distinguishingMarks: '',
  phone: '',
  email: '',
  primaryLanguage: '',
  interpreterNeeded: false,
});

export const blankAlias = (): AliasInput => ({ kind: 'alias', firstName: '', lastName: '' });

export const blankIdentifier = (): IdentifierForm => ({ type: null, value: '', issuer: '' });

export const blankAddress = (): AddressInput => ({
  kind: 'residence',
  line1: '',
  line2: '',
  city: '',
  region: '',
  postalCode: '',
  livingWith: '',
  movedIn: null,
  movedOut: null,
  notes: '',
});

export const blankAssociate = (): AssociateForm => ({ kind: null, name: '', relationship: '', phone: '', address: '', notes: '' });

export const blankOffence = (): OffenceForm => ({ statute: '', description: '', offenceClass: null, offenceDate: null });

export const blankCourtCase = (): CourtCaseForm => ({
  docketNumber: '',
  court: '',
  judge: '',
  dispositionDate: null,
  plea: null,
  sentenceType: null,
  sentenceDetails: '',
  termStart: null,
  termEnd: null,
  offences: [blankOffence()],
});

export const blankSpecialCondition = (): ConditionFieldsForm => ({ kind: 'special', type: null, text: '', targetAmount: null, targetUnit: null });

export const blankBackground = (): BackgroundInput => ({
  education: '',
  employment: '',
  finances: '',
  physicalHealth: '',
  mentalHealth: '',
  substanceUse: '',
  gangAffiliation: '',
  criminalHistory: '',
});

export const blankScreening = (assessedOn: string): ScreeningForm => ({ assessedOn, answers: {}, chosenLevel: null, overrideReason: '' });

/** A stored row cut down to the fields its schema edits, so an edit form starts from what is on record. */
export function fieldsOf<S extends z.ZodObject>(schema: S, row: z.output<S>): z.output<S> {
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, row[key as keyof typeof row]])) as z.output<S>;
}
