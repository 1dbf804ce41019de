import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

import { ROLES } from './roles';

export { ROLES, type Role } from './roles';

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    title: text('title').notNull().default(''),
    role: text('role', { enum: ROLES }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    lastLoginAt: text('last_login_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
    /** The supervisor (or administrator) whose team this user is on; a supervisor's team is everyone pointing at them. */
    supervisorId: integer('supervisor_id').references((): AnySQLiteColumn => users.id),
  },
  (t) => [uniqueIndex('users_username_unique').on(t.username)],
);

/** Office-wide configuration, one JSON document per key; each key has a zod schema in services/settings. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});

/** Append-only and hash-chained: each row's hash covers the previous row's hash and its own content. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    ts: text('ts').notNull(),
    userId: integer('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    outcome: text('outcome', { enum: ['success', 'failure'] }).notNull(),
    detail: text('detail').notNull().default(''),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_ts').on(t.ts), index('audit_log_user').on(t.userId), index('audit_log_action').on(t.action)],
);

/** The chain's head, updated with every audit row, so that cutting rows off the end is detected too. */
export const auditHead = sqliteTable('audit_head', {
  id: integer('id').primaryKey(),
  lastId: integer('last_id').notNull(),
  lastHash: text('last_hash').notNull(),
});



export const CLIENT_STATUSES = ['intake', 'active', 'warrant', 'absconded', 'in_custody', 'closed'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const SUPERVISION_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const CLOSURE_REASONS = ['completed', 'early_discharge', 'revoked', 'transferred_out', 'deceased', 'other'] as const;
export const ALIAS_KINDS = ['alias', 'nickname', 'previous_name', 'other'] as const;
export const IDENTIFIER_TYPES = ['state_id', 'fbi_number', 'pnc_number', 'drivers_licence', 'passport', 'other'] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];
export const ADDRESS_KINDS = ['residence', 'mailing', 'other'] as const;
export const ASSOCIATE_KINDS = ['family', 'employer', 'school', 'treatment_provider', 'attorney', 'other'] as const;
export const PLEAS = ['guilty', 'no_contest', 'alford', 'found_guilty_at_trial', 'other'] as const;
export const SENTENCE_TYPES = ['probation', 'deferred_adjudication', 'suspended_sentence', 'split_sentence', 'conditional_discharge', 'community_order', 'other'] as const;
export const OFFENCE_CLASSES = ['felony', 'misdemeanour', 'infraction', 'other'] as const;
export const CONDITION_KINDS = ['standard', 'special'] as const;
export const CONDITION_TYPES = [
  'community_service',
  'restitution',
  'fees',
  'drug_testing',
  'curfew',
  'counselling',
  'no_contact',
  'employment',
  'reporting',
  'travel',
  'other',
] as const;
/** What a condition's target amount counts; money is always in cents so sums stay exact. */
export const TARGET_UNITS = ['hours', 'cents', 'tests_per_month', 'sessions', 'days'] as const;
export const CONDITION_STATUSES = ['not_started', 'in_progress', 'complied', 'violated', 'waived'] as const;
export const ASSESSMENT_KINDS = ['intake', 'reassessment'] as const;
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png'] as const;

/** Names and identifiers as typed, plus a normalized key (see services/clients/normalize.ts) that matching and search use. */
export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** PD-YYYY-NNNNN, assigned by the office at intake. */
    caseNumber: text('case_number').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name').notNull().default(''),
    lastName: text('last_name').notNull(),
    suffix: text('suffix').notNull().default(''),
    firstNameKey: text('first_name_key').notNull(),
    lastNameKey: text('last_name_key').notNull(),
    /** YYYY-MM-DD. */
    dateOfBirth: text('date_of_birth').notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    raceEthnicity: text('race_ethnicity').notNull().default(''),
    heightCm: integer('height_cm'),
    weightKg: integer('weight_kg'),
    eyeColour: text('eye_colour').notNull().default(''),
    hairColour: text('hair_colour').notNull().default(''),
    distinguishingMarks: text('distinguishing_marks').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    primaryLanguage: text('primary_language').notNull().default(''),
    interpreterNeeded: integer('interpreter_needed', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: CLIENT_STATUSES }).notNull(),
    closureReason: text('closure_reason', { enum: CLOSURE_REASONS }),
    closedOn: text('closed_on'),
    supervisionLevel: text('supervision_level', { enum: SUPERVISION_LEVELS }).notNull(),
    /** Why the chosen level differs from the one the latest assessment proposed; null when it does not. */
    levelOverrideReason: text('level_override_reason'),
    assignedOfficerId: integer('assigned_officer_id')
      .notNull()
      .references(() => users.id),
    supervisionStartDate: text('supervision_start_date').notNull(),
    /** Shown as alerts on the client's header (violent history, dog at the address, officer safety notes). */
    safetyAlerts: text('safety_alerts').notNull().default(''),
    /** Already resized by the renderer: JPEG or PNG, at most 512 KB. */
    photo: blob('photo', { mode: 'buffer' }),
    photoMime: text('photo_mime', { enum: PHOTO_MIME_TYPES }),
    createdAt: createdAt(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    updatedAt: text('updated_at'),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('clients_case_number_unique').on(t.caseNumber),
    index('clients_officer_status').on(t.assignedOfficerId, t.status),
    index('clients_name').on(t.lastNameKey, t.firstNameKey),
    index('clients_first_name').on(t.firstNameKey),
    index('clients_date_of_birth').on(t.dateOfBirth),
  ],
);

const clientRef = () =>
  integer('client_id')
    .notNull()
    .references(() => clients.id);
const userRef = (name: string) => integer(name).references(() => users.id);

export const clientAliases = sqliteTable(
  'client_aliases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    kind: text('kind', { enum: ALIAS_KINDS }).notNull(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull(),
    firstNameKey: text('first_name_key').notNull(),
    lastNameKey: text('last_name_key').notNull(),
  },
  (t) => [index('client_aliases_client').on(t.clientId), index('client_aliases_name').on(t.lastNameKey, t.firstNameKey)],
);

export const clientIdentifiers = sqliteTable(
  'client_identifiers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    type: text('type', { enum: IDENTIFIER_TYPES }).notNull(),
    value: text('value').notNull(),
    valueKey: text('value_key').notNull(),
    /** The issuing state, country or agency. */
    issuer: text('issuer').notNull().default(''),
  },
  // Value first: the same index serves lookups by (type, value) and the caseload's search by value alone.
  (t) => [index('client_identifiers_client').on(t.clientId), index('client_identifiers_value_type').on(t.valueKey, t.type)],
);

/** Address history: moving out sets movedOut; rows are never deleted. A null movedOut is a current address. */
export const addresses = sqliteTable(
  'addresses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    kind: text('kind', { enum: ADDRESS_KINDS }).notNull(),
    line1: text('line1').notNull(),
    line2: text('line2').notNull().default(''),
    city: text('city').notNull(),
    region: text('region').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    livingWith: text('living_with').notNull().default(''),
    movedIn: text('moved_in'),
    movedOut: text('moved_out'),
    verifiedOn: text('verified_on'),
    verifiedBy: userRef('verified_by'),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('addresses_client').on(t.clientId)],
);

/** Removing an associate stamps removedAt, so later contact notes that name them keep their meaning. */
export const associates = sqliteTable(
  'associates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    kind: text('kind', { enum: ASSOCIATE_KINDS }).notNull(),
    name: text('name').notNull(),
    relationship: text('relationship').notNull().default(''),
    phone: text('phone').notNull().default(''),
    address: text('address').notNull().default(''),
    notes: text('notes').notNull().default(''),
    removedAt: text('removed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('associates_client').on(t.clientId)],
);

export const courtCases = sqliteTable(
  'court_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    docketNumber: text('docket_number').notNull(),
    court: text('court').notNull(),
    judge: text('judge').notNull().default(''),
    dispositionDate: text('disposition_date'),
    plea: text('plea', { enum: PLEAS }),
    sentenceType: text('sentence_type', { enum: SENTENCE_TYPES }),
    sentenceDetails: text('sentence_details').notNull().default(''),
    termStart: text('term_start'),
    termEnd: text('term_end'),
    createdAt: createdAt(),
  },
  (t) => [index('court_cases_client').on(t.clientId)],
);

export const offences = sqliteTable(
  'offences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courtCaseId: integer('court_case_id')
      .notNull()
      .references(() => courtCases.id),
    statute: text('statute').notNull().default(''),
    description: text('description').notNull(),
    offenceClass: text('offence_class', { enum: OFFENCE_CLASSES }).notNull(),
    offenceDate: text('offence_date'),
  },
  (t) => [index('offences_court_case').on(t.courtCaseId)],
);

export const conditions = sqliteTable(
  'conditions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    courtCaseId: integer('court_case_id').references(() => courtCases.id),
    kind: text('kind', { enum: CONDITION_KINDS }).notNull(),
    type: text('type', { enum: CONDITION_TYPES }).notNull(),
    text: text('text').notNull(),
    targetAmount: integer('target_amount'),
    targetUnit: text('target_unit', { enum: TARGET_UNITS }),
    status: text('status', { enum: CONDITION_STATUSES }).notNull().default('not_started'),
    statusChangedAt: text('status_changed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('conditions_client').on(t.clientId)],
);

/** Collateral information gathered at intake; one row per client. */
export const clientBackground = sqliteTable('client_background', {
  clientId: integer('client_id')
    .primaryKey()
    .references(() => clients.id),
  education: text('education').notNull().default(''),
  employment: text('employment').notNull().default(''),
  finances: text('finances').notNull().default(''),
  physicalHealth: text('physical_health').notNull().default(''),
  mentalHealth: text('mental_health').notNull().default(''),
  substanceUse: text('substance_use').notNull().default(''),
  gangAffiliation: text('gang_affiliation').notNull().default(''),
  criminalHistory: text('criminal_history').notNull().default(''),
  updatedAt: text('updated_at'),
  updatedBy: userRef('updated_by'),
});

/** One answer as scored, with the item's text and the answer's label and weight copied in: the instrument may change later. */
export interface ScoredAnswer {
  itemId: string;
  itemText: string;
  needArea: string | null;
  answerIndex: number;
  label: string;
  weight: number;
}

/** Every screening ever done; the latest sets the client's supervision level. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    kind: text('kind', { enum: ASSESSMENT_KINDS }).notNull(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    instrumentName: text('instrument_name').notNull(),
    assessedOn: text('assessed_on').notNull(),
    answers: text('answers', { mode: 'json' }).notNull().$type<ScoredAnswer[]>(),
    score: integer('score').notNull(),
    riskLevel: text('risk_level', { enum: SUPERVISION_LEVELS }).notNull(),
    needAreas: text('need_areas', { mode: 'json' }).notNull().$type<string[]>(),
    /** The supervision level the risk level proposes (today the same scale, one to one). */
    proposedLevel: text('proposed_level', { enum: SUPERVISION_LEVELS }).notNull(),
    chosenLevel: text('chosen_level', { enum: SUPERVISION_LEVELS }).notNull(),
    overrideReason: text('override_reason'),
    assessorId: integer('assessor_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('assessments_client').on(t.clientId, t.assessedOn)],
);

export const clientStatusHistory = sqliteTable(
  'client_status_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    /** Null for the first row, written at intake. */
    fromStatus: text('from_status', { enum: CLIENT_STATUSES }),
    toStatus: text('to_status', { enum: CLIENT_STATUSES }).notNull(),
    reason: text('reason').notNull().default(''),
    effectiveDate: text('effective_date').notNull(),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => users.id),
    changedAt: createdAt(),
  },
  (t) => [index('client_status_history_client').on(t.clientId)],
);

/** An intake in progress, as the form holds it; only its owner sees it. */
export const intakeDrafts = sqliteTable(
  'intake_drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => users.id),
    label: text('label').notNull(),
    data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('intake_drafts_owner').on(t.ownerId)],
);

export type UserRow = typeof users.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type ClientRow = typeof clients.$inferSelect;
export type ClientAliasRow = typeof clientAliases.$inferSelect;
export type ClientIdentifierRow = typeof clientIdentifiers.$inferSelect;
export type AddressRow = typeof addresses.$inferSelect;
export type AssociateRow = typeof associates.$inferSelect;
export type CourtCaseRow = typeof courtCases.$inferSelect;
export type OffenceRow = typeof offences.$inferSelect;
export type ConditionRow = typeof conditions.$inferSelect;
export type ClientBackgroundRow = typeof clientBackground.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type ClientStatusHistoryRow = typeof clientStatusHistory.$inferSelect;
export type IntakeDraftRow = typeof intakeDrafts.$inferSelect;
