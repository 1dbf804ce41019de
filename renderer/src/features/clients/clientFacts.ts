import type { Fact } from '../../components/FactList';
import type { AddressForm, AliasForm, AssociateForm, ConditionFieldsForm, CourtCaseForm, IdentifierForm, IdentityForm, OffenceForm } from './clientForms';
import {
  ADDRESS_KIND_LABELS,
  ALIAS_KIND_LABELS,
  ASSOCIATE_KIND_LABELS,
  CONDITION_KIND_LABELS,
  CONDITION_TYPE_LABELS,
  IDENTIFIER_TYPE_LABELS,
  OFFENCE_CLASS_LABELS,
  PLEA_LABELS,
  SENTENCE_TYPE_LABELS,
  SEX_LABELS,
} from './clientLabels';
import { formatHeight, formatWeight, type MeasurementSystem } from '../../../../electron/api/format/measurements';
import { ageOn, formatAddress, formatDate, formatPeriod, formatTarget, fullName } from './formatClient';

/**
 * Parts of a record in words, the same on the intake's review and on the profile. They take the form shapes,
 * whose unmade choices are null; stored rows fit them too.
 */

export const identityFacts = (identity: IdentityForm, system: MeasurementSystem): Fact[] => [
  ['Name', fullName(identity)],
  ['Date of birth', identity.dateOfBirth && `${formatDate(identity.dateOfBirth)} (age ${ageOn(identity.dateOfBirth)})`],
  ['Sex', identity.sex && SEX_LABELS[identity.sex]],
  ['Race or ethnicity', identity.raceEthnicity],
  ['Height', identity.heightMm && formatHeight(identity.heightMm, system)],
  ['Weight', identity.weightG && formatWeight(identity.weightG, system)],
  ['Eyes', identity.eyeColour],
  ['Hair', identity.hairColour],
  ['Scars, marks and tattoos', identity.distinguishingMarks],
  ['Phone', identity.phone],
  ['Email', identity.email],
  ['Language', [identity.primaryLanguage, identity.interpreterNeeded ? 'interpreter needed' : ''].filter(Boolean).join('; ')],
];

export const aliasLine = (alias: AliasForm) => `${ALIAS_KIND_LABELS[alias.kind]}: ${fullName(alias)}`;

export const identifierLine = (identifier: IdentifierForm) =>
  `${identifier.type ? IDENTIFIER_TYPE_LABELS[identifier.type] : 'Identifier'}: ${identifier.value}${identifier.issuer ? ` (${identifier.issuer})` : ''}`;

/** The order's facts but its docket number, which names the case wherever it is shown. */
export const courtCaseFacts = (courtCase: Omit<CourtCaseForm, 'offences'>): Fact[] => [
  ['Court', courtCase.court],
  ['Judge', courtCase.judge],
  ['Disposition', formatDate(courtCase.dispositionDate)],
  ['Plea', courtCase.plea && PLEA_LABELS[courtCase.plea]],
  ['Sentence', [courtCase.sentenceType && SENTENCE_TYPE_LABELS[courtCase.sentenceType], courtCase.sentenceDetails].filter(Boolean).join(': ')],
  ['Term', formatPeriod(courtCase.termStart, courtCase.termEnd)],
];

/** "Burglary (ORC 2911.12) felony 3 Mar 2024" */
export const offenceLine = (offence: OffenceForm) =>
  [
    offence.description,
    offence.statute && `(${offence.statute})`,
    offence.offenceClass && OFFENCE_CLASS_LABELS[offence.offenceClass].toLowerCase(),
    formatDate(offence.offenceDate),
  ]
    .filter(Boolean)
    .join(' ');

/** "Special (community service): Complete 80 hours… — 80 hours" */
export const conditionLine = (condition: ConditionFieldsForm, currency?: string) =>
  [
    `${CONDITION_KIND_LABELS[condition.kind]}${condition.type ? ` (${CONDITION_TYPE_LABELS[condition.type].toLowerCase()})` : ''}: ${condition.text}`,
    formatTarget(condition.targetAmount, condition.targetUnit, currency),
  ]
    .filter(Boolean)
    .join(' — ');

/** "Residence: 41 Elm Street, Riverside OH 45001; since 1 Jun 2021; lives with mother" */
export const addressLine = (address: AddressForm) =>
  [`${ADDRESS_KIND_LABELS[address.kind]}: ${formatAddress(address)}`, formatPeriod(address.movedIn, address.movedOut), address.livingWith && `lives with ${address.livingWith}`]
    .filter(Boolean)
    .join('; ');

/** "Employer: Riverside Tyre & Auto, supervisor, 555-0190" */
export const associateLine = (associate: AssociateForm) =>
  [`${associate.kind ? ASSOCIATE_KIND_LABELS[associate.kind] : 'Contact'}: ${associate.name}`, associate.relationship, associate.phone].filter(Boolean).join(', ');
