/** The clients domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const CLIENT_STATUSES = ['intake', 'active', 'warrant', 'absconded', 'in_custody', 'closed'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const SUPERVISION_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const CLOSURE_REASONS = ['completed', 'early_discharge', 'revoked', 'transferred_out', 'deceased', 'other'] as const;
export const ALIAS_KINDS = ['alias', 'nickname', 'previous_name', 'other'] as const;
export const IDENTIFIER_TYPES = ['state_id', 'fbi_number', 'drivers_license', 'passport', 'other'] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];
export const ADDRESS_KINDS = ['residence', 'mailing', 'other'] as const;
export const ASSOCIATE_KINDS = ['family', 'employer', 'school', 'treatment_provider', 'attorney', 'other'] as const;
export const PLEAS = ['guilty', 'no_contest', 'alford', 'found_guilty_at_trial', 'other'] as const;
export const SENTENCE_TYPES = ['probation', 'deferred_adjudication', 'suspended_sentence', 'split_sentence', 'conditional_discharge', 'community_order', 'other'] as const;
export const OFFENCE_CLASSES = ['felony', 'misdemeanor', 'infraction', 'other'] as const;
export const CONDITION_KINDS = ['standard', 'special'] as const;
export const CONDITION_TYPES = [
  'community_service',
  'restitution',
  'fees',
  'drug_testing',
  'curfew',
  'counseling',
  'no_contact',
  'employment',
  'reporting',
  'travel',
  'other',
] as const;
/** What a condition's target amount counts; money is always in cents so sums stay exact. */
export const TARGET_UNITS = ['hours', 'cents', 'tests_per_month', 'sessions', 'days'] as const;
export const CONDITION_STATUSES = ['not_started', 'in_progress', 'complied', 'violated', 'waived'] as const;
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png'] as const;
