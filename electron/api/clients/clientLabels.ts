import type {
  ADDRESS_KINDS,
  ALIAS_KINDS,
  ASSOCIATE_KINDS,
  CLOSURE_REASONS,
  CONDITION_KINDS,
  CONDITION_STATUSES,
  CONDITION_TYPES,
  ClientStatus,
  IdentifierType,
  OFFENCE_CLASSES,
  PLEAS,
  SENTENCE_TYPES,
  SEXES,
  SupervisionLevel,
  TARGET_UNITS,
} from './clientsCodes';

/** What officers read (and documents print) for each stored code; the codes themselves come from the schema. */
export type Labels<T extends readonly string[]> = Record<T[number], string>;

export const STATUS_LABELS: Record<ClientStatus, string> = {
  intake: 'Intake',
  active: 'Active',
  warrant: 'Warrant',
  absconded: 'Absconded',
  in_custody: 'In custody',
  closed: 'Closed',
};

export const STATUS_COLORS: Record<ClientStatus, string> = {
  intake: 'blue',
  active: 'green',
  warrant: 'red',
  absconded: 'red',
  in_custody: 'orange',
  closed: 'gray',
};

export const LEVEL_LABELS: Record<SupervisionLevel, string> = { low: 'Low', medium: 'Medium', high: 'High', very_high: 'Very high' };

export const SEX_LABELS: Labels<typeof SEXES> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' };

export const ALIAS_KIND_LABELS: Labels<typeof ALIAS_KINDS> = { alias: 'Alias', nickname: 'Nickname', previous_name: 'Previous name', other: 'Other' };

export const IDENTIFIER_TYPE_LABELS: Record<IdentifierType, string> = {
  state_id: 'State ID',
  fbi_number: 'FBI number',
  drivers_license: "Driver's license",
  passport: 'Passport',
  other: 'Other',
};

export const ADDRESS_KIND_LABELS: Labels<typeof ADDRESS_KINDS> = { residence: 'Residence', mailing: 'Mailing', other: 'Other' };

export const ASSOCIATE_KIND_LABELS: Labels<typeof ASSOCIATE_KINDS> = {
  family: 'Family',
  employer: 'Employer',
  school: 'School',
  treatment_provider: 'Treatment provider',
  attorney: 'Attorney',
  other: 'Other',
};

export const PLEA_LABELS: Labels<typeof PLEAS> = {
  guilty: 'Guilty',
  no_contest: 'No contest',
  alford: 'Alford plea',
  found_guilty_at_trial: 'Found guilty at trial',
  other: 'Other',
};

export const SENTENCE_TYPE_LABELS: Labels<typeof SENTENCE_TYPES> = {
  probation: 'Probation',
  deferred_adjudication: 'Deferred adjudication',
  suspended_sentence: 'Suspended sentence',
  split_sentence: 'Split sentence',
  conditional_discharge: 'Conditional discharge',
  community_order: 'Community order',
  other: 'Other',
};

export const OFFENCE_CLASS_LABELS: Labels<typeof OFFENCE_CLASSES> = { felony: 'Felony', misdemeanor: 'Misdemeanor', infraction: 'Infraction', other: 'Other' };

export const CONDITION_KIND_LABELS: Labels<typeof CONDITION_KINDS> = { standard: 'Standard', special: 'Special' };

export const CONDITION_TYPE_LABELS: Labels<typeof CONDITION_TYPES> = {
  community_service: 'Community service',
  restitution: 'Restitution',
  fees: 'Fees and costs',
  drug_testing: 'Drug testing',
  curfew: 'Curfew',
  counseling: 'Counseling',
  no_contact: 'No contact',
  employment: 'Employment',
  reporting: 'Reporting',
  travel: 'Travel',
  other: 'Other',
};

/** Money is kept in cents so sums stay exact; officers type and read it in the office's currency. */
export const TARGET_UNIT_LABELS: Labels<typeof TARGET_UNITS> = {
  hours: 'hours',
  cents: 'money owed',
  tests_per_month: 'tests per month',
  sessions: 'sessions',
  days: 'days',
};

export const CONDITION_STATUS_LABELS: Labels<typeof CONDITION_STATUSES> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complied: 'Complied',
  violated: 'Violated',
  waived: 'Waived',
};

export const CLOSURE_REASON_LABELS: Labels<typeof CLOSURE_REASONS> = {
  completed: 'Completed the term',
  early_discharge: 'Early discharge',
  revoked: 'Revoked',
  transferred_out: 'Transferred out',
  deceased: 'Deceased',
  other: 'Other',
};

/** Select options in the order the labels are written. */
export const optionsOf = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
