import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { HomeVisitChecklist } from '../electron/services/caseNotes/caseNotesSchemas';
import type { PanelRow } from '../electron/services/drugTests/drugTestsSchemas';
import type { SeriesPattern } from '../electron/services/schedule/scheduleSchemas';
import type { ActionStep } from '../electron/services/supervisionPlan/supervisionPlanSchemas';
import type { ReportSection, ReviewComment, TemplateSection } from '../electron/services/courtReports/courtReportsSchemas';

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
  // The chosen level rides along: contact standings read every in-scope client's level history from the index alone.
  (t) => [index('assessments_client').on(t.clientId, t.assessedOn, t.chosenLevel)],
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

/*
 * Case record (issue 4): contacts, drug tests, compliance, the supervision plan, referrals and violations.
 *
 * Times of events as the officer records them (a contact, a test collection) are the office's local wall time,
 * 'YYYY-MM-DDTHH:mm' with no offset: an office works in one time zone, and a court reads the time as the officer
 * wrote it. Dates are 'YYYY-MM-DD'. Record stamps (created_at, signed_at…) are UTC instants like everywhere else.
 *
 * Migrations 0003 (search index) and 0004 (immutability) add FTS5 tables and triggers that drizzle-kit cannot
 * express: a drizzle-kit rebuild of case_notes, note_addenda, note_reviews, the history tables, clients,
 * client_aliases or client_identifiers drops their triggers, so such a migration must create them again; and a
 * migration that backfills a column of signed notes must lift case_notes_signed_no_update around its UPDATE.
 */
export const CONTACT_TYPES = [
  'office_visit',
  'home_visit',
  'field_visit',
  'employment_visit',
  'school_visit',
  'phone',
  'video',
  'collateral',
  'email_letter',
  'drug_test',
  'court',
  'programme',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];
export const CONTACT_OUTCOMES = ['attended_complied', 'attended_failed_to_comply', 'failed_to_attend', 'acceptable_absence', 'rescheduled'] as const;
export const NOTE_STATUSES = ['draft', 'signed'] as const;
export const DRUG_TEST_METHODS = ['urine', 'oral', 'breath', 'patch'] as const;
/** A panel row's result; a test's overall result is one of these too (see services/drugTests/overallResult.ts). */
export const PANEL_RESULTS = ['negative', 'positive', 'dilute', 'invalid', 'refused'] as const;
export type PanelResult = (typeof PANEL_RESULTS)[number];
export const LAB_RESULTS = ['confirmed_positive', 'negative', 'inconclusive'] as const;
export const LEDGER_KINDS = ['charge', 'payment', 'adjustment', 'waiver'] as const;
export const LEDGER_CATEGORIES = ['fees', 'restitution', 'fine', 'other'] as const;
/** Which way an adjustment moves the balance owed; amounts themselves are always positive. */
export const ADJUSTMENT_DIRECTIONS = ['increase', 'decrease'] as const;
export const ATTENDANCE = ['attended', 'absent', 'excused'] as const;
export const GOAL_STATUSES = ['open', 'in_progress', 'achieved', 'discontinued'] as const;
export const AGENCY_KINDS = ['housing', 'employment_training', 'education', 'mental_health', 'substance_use_treatment', 'other'] as const;
export const REFERRAL_STATUSES = ['made', 'accepted', 'attending', 'completed', 'declined', 'no_show'] as const;
export const VIOLATION_STATUSES = ['open', 'responded', 'resolved', 'referred_to_court'] as const;
export const RESPONSE_TYPES = [
  'verbal_warning',
  'written_warning',
  'graduated_sanction',
  'increased_reporting',
  'treatment_referral',
  'violation_report_to_court',
] as const;

/** A contact with the client or about them. Signed notes are immutable (database triggers); corrections are addenda. */
export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    contactType: text('contact_type', { enum: CONTACT_TYPES }).notNull(),
    /** Local wall time, YYYY-MM-DDTHH:mm. */
    contactAt: text('contact_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    location: text('location').notNull().default(''),
    peoplePresent: text('people_present').notNull().default(''),
    outcome: text('outcome', { enum: CONTACT_OUTCOMES }).notNull(),
    absenceReason: text('absence_reason').notNull().default(''),
    narrative: text('narrative').notNull(),
    tags: text('tags', { mode: 'json' }).notNull().$type<string[]>().default(sql`'[]'`),
    /** Only on home visits. */
    homeVisit: text('home_visit', { mode: 'json' }).$type<HomeVisitChecklist>(),
    status: text('status', { enum: NOTE_STATUSES }).notNull().default('draft'),
    signedAt: text('signed_at'),
    signedBy: userRef('signed_by'),
    /** Entered more than three calendar days after the contact; decided from the contact date and created_at. */
    isLateEntry: integer('is_late_entry', { mode: 'boolean' }).notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [
    // Type, status and outcome ride along so the contact-standards reads (a client's contacts that count, newest
    // first) never touch the notes themselves, which hold the narratives.
    index('case_notes_client_contact').on(t.clientId, t.contactAt, t.contactType, t.status, t.outcome),
    index('case_notes_author_status').on(t.authorId, t.status),
  ],
);

/** A correction or addition to a signed note; append-only. */
export const noteAddenda = sqliteTable(
  'note_addenda',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    noteId: integer('note_id')
      .notNull()
      .references(() => caseNotes.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('note_addenda_note').on(t.noteId)],
);

/** A supervisor's review of a signed note; append-only. */
export const noteReviews = sqliteTable(
  'note_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    noteId: integer('note_id')
      .notNull()
      .references(() => caseNotes.id),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id),
    comment: text('comment').notNull().default(''),
    reviewedAt: text('reviewed_at').notNull(),
  },
  (t) => [index('note_reviews_note').on(t.noteId)],
);

export const drugTests = sqliteTable(
  'drug_tests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    noteId: integer('note_id').references(() => caseNotes.id),
    /** Local wall time, YYYY-MM-DDTHH:mm. */
    collectedAt: text('collected_at').notNull(),
    method: text('method', { enum: DRUG_TEST_METHODS }).notNull(),
    panel: text('panel', { mode: 'json' }).notNull().$type<PanelRow[]>(),
    admittedUse: integer('admitted_use', { mode: 'boolean' }).notNull().default(false),
    sentForLab: integer('sent_for_lab', { mode: 'boolean' }).notNull().default(false),
    labResult: text('lab_result', { enum: LAB_RESULTS }),
    labResultDate: text('lab_result_date'),
    /** Derived from the panel when saved: positive if any substance is, else refused if any is refused, and so on. */
    overallResult: text('overall_result', { enum: PANEL_RESULTS }).notNull(),
    notes: text('notes').notNull().default(''),
    collectedBy: integer('collected_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('drug_tests_client_collected').on(t.clientId, t.collectedAt), index('drug_tests_note').on(t.noteId)],
);

const conditionRef = () => integer('condition_id').references(() => conditions.id);
const recordedBy = () =>
  integer('recorded_by')
    .notNull()
    .references(() => users.id);

/** Hours worked against a community-service condition, in whole minutes so totals stay exact. */
export const communityServiceHours = sqliteTable(
  'community_service_hours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    conditionId: conditionRef().notNull(),
    serviceDate: text('service_date').notNull(),
    minutes: integer('minutes').notNull(),
    agency: text('agency').notNull(),
    /** Who at the placement confirmed the hours (name as on the timesheet). */
    verifiedBy: text('verified_by').notNull().default(''),
    notes: text('notes').notNull().default(''),
    recordedBy: recordedBy(),
    createdAt: createdAt(),
  },
  (t) => [index('community_service_hours_client_date').on(t.clientId, t.serviceDate), index('community_service_hours_condition').on(t.conditionId)],
);

/**
 * Fees, restitution and fines. Entries are never edited: a mistake is put right with an adjustment.
 * Balance owed = charges − payments − waivers + increases − decreases (services/compliance/ledgerBalance.ts).
 */
export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    conditionId: conditionRef(),
    entryDate: text('entry_date').notNull(),
    kind: text('kind', { enum: LEDGER_KINDS }).notNull(),
    category: text('category', { enum: LEDGER_CATEGORIES }).notNull(),
    /** Always positive, in cents; for adjustments `adjustment` gives the direction. */
    amountCents: integer('amount_cents').notNull(),
    adjustment: text('adjustment', { enum: ADJUSTMENT_DIRECTIONS }),
    reference: text('reference').notNull().default(''),
    notes: text('notes').notNull().default(''),
    recordedBy: recordedBy(),
    createdAt: createdAt(),
  },
  (t) => [index('ledger_entries_client_date').on(t.clientId, t.entryDate), index('ledger_entries_condition').on(t.conditionId)],
);

export const programmeAttendance = sqliteTable(
  'programme_attendance',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    conditionId: conditionRef(),
    programmeName: text('programme_name').notNull(),
    sessionDate: text('session_date').notNull(),
    attendance: text('attendance', { enum: ATTENDANCE }).notNull(),
    notes: text('notes').notNull().default(''),
    recordedBy: recordedBy(),
    createdAt: createdAt(),
  },
  (t) => [index('programme_attendance_client_date').on(t.clientId, t.sessionDate), index('programme_attendance_condition').on(t.conditionId)],
);

/** Goals of the supervision plan; never deleted (discontinued instead), and every change is kept in plan_goal_history. */
export const planGoals = sqliteTable(
  'plan_goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    needArea: text('need_area').notNull(),
    goal: text('goal').notNull(),
    actionSteps: text('action_steps', { mode: 'json' }).notNull().$type<ActionStep[]>(),
    targetDate: text('target_date'),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('open'),
    createdAt: createdAt(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    updatedAt: text('updated_at'),
    updatedBy: userRef('updated_by'),
  },
  (t) => [index('plan_goals_client').on(t.clientId)],
);

/** The goal's own fields, as kept before and after each change. */
export type PlanGoalSnapshot = Pick<typeof planGoals.$inferSelect, 'needArea' | 'goal' | 'actionSteps' | 'targetDate' | 'status'>;

/** Append-only: one row per creation or change of a goal, so the plan's evolution can be shown to the court. */
export const planGoalHistory = sqliteTable(
  'plan_goal_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => planGoals.id),
    clientId: clientRef(),
    changedAt: text('changed_at').notNull(),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => users.id),
    /** Null when the goal was created. */
    before: text('before', { mode: 'json' }).$type<PlanGoalSnapshot>(),
    after: text('after', { mode: 'json' }).notNull().$type<PlanGoalSnapshot>(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('plan_goal_history_goal').on(t.goalId), index('plan_goal_history_client').on(t.clientId, t.changedAt)],
);

/** The office's directory of services clients are referred to. */
export const agencies = sqliteTable(
  'agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: AGENCY_KINDS }).notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    contactPerson: text('contact_person').notNull().default(''),
    notes: text('notes').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [index('agencies_kind_name').on(t.kind, t.name)],
);

export const referrals = sqliteTable(
  'referrals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    referredOn: text('referred_on').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull().default('made'),
    statusDate: text('status_date').notNull(),
    outcomeNotes: text('outcome_notes').notNull().default(''),
    followUpDate: text('follow_up_date'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [index('referrals_client_date').on(t.clientId, t.referredOn), index('referrals_agency').on(t.agencyId)],
);

/** Append-only: every status a referral has had, the first written when it is made. */
export const referralStatusHistory = sqliteTable(
  'referral_status_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    referralId: integer('referral_id')
      .notNull()
      .references(() => referrals.id),
    clientId: clientRef(),
    fromStatus: text('from_status', { enum: REFERRAL_STATUSES }),
    toStatus: text('to_status', { enum: REFERRAL_STATUSES }).notNull(),
    statusDate: text('status_date').notNull(),
    note: text('note').notNull().default(''),
    changedBy: integer('changed_by')
      .notNull()
      .references(() => users.id),
    changedAt: text('changed_at').notNull(),
  },
  (t) => [index('referral_status_history_referral').on(t.referralId), index('referral_status_history_client').on(t.clientId, t.statusDate)],
);

export const violations = sqliteTable(
  'violations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    conditionId: conditionRef(),
    violationDate: text('violation_date').notNull(),
    description: text('description').notNull(),
    /** One of the office's severities (settings key `enforcement`), as named when recorded. */
    severity: text('severity').notNull(),
    status: text('status', { enum: VIOLATION_STATUSES }).notNull().default('open'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
    updatedBy: userRef('updated_by'),
  },
  (t) => [index('violations_client_date').on(t.clientId, t.violationDate)],
);

/** The notes that document a violation. */
export const violationNotes = sqliteTable(
  'violation_notes',
  {
    violationId: integer('violation_id')
      .notNull()
      .references(() => violations.id),
    noteId: integer('note_id')
      .notNull()
      .references(() => caseNotes.id),
  },
  (t) => [primaryKey({ columns: [t.violationId, t.noteId] }), index('violation_notes_note').on(t.noteId)],
);

/** The drug tests that evidence a violation. */
export const violationDrugTests = sqliteTable(
  'violation_drug_tests',
  {
    violationId: integer('violation_id')
      .notNull()
      .references(() => violations.id),
    drugTestId: integer('drug_test_id')
      .notNull()
      .references(() => drugTests.id),
  },
  (t) => [primaryKey({ columns: [t.violationId, t.drugTestId] }), index('violation_drug_tests_test').on(t.drugTestId)],
);

/** Append-only: what the officer did about a violation. */
export const violationResponses = sqliteTable(
  'violation_responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    violationId: integer('violation_id')
      .notNull()
      .references(() => violations.id),
    clientId: clientRef(),
    responseDate: text('response_date').notNull(),
    responseType: text('response_type', { enum: RESPONSE_TYPES }).notNull(),
    /** For a graduated sanction: one of the office's sanctions (settings key `enforcement`), as named when recorded. */
    sanction: text('sanction'),
    details: text('details').notNull().default(''),
    respondedBy: integer('responded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('violation_responses_violation').on(t.violationId), index('violation_responses_client_date').on(t.clientId, t.responseDate)],
);

/*
 * Scheduling (issue 5). Unlike case notes, appointments are planned ahead and may be exported to other calendars,
 * so their start and end are UTC instants with the office's IANA time zone beside them; recurring series keep their
 * first start as local wall time, so that every occurrence stays at the same clock time across daylight-saving changes.
 * A series' occurrences are stored as appointment rows (services/schedule/seriesSync.ts keeps them in step with the rule).
 */
export const APPOINTMENT_TYPES = ['office_visit', 'home_visit', 'field_visit', 'drug_test', 'programme_session', 'court_hearing', 'other'] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];
export const APPOINTMENT_STATUSES = ['scheduled', 'completed', 'missed', 'cancelled', 'rescheduled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Where an appointment happens: a room at the office, one of the client's addresses, or somewhere described in words. */
export const LOCATION_KINDS = ['office', 'client_address', 'other'] as const;
/** How one occurrence of a series differs from the rule: moved to another time, otherwise changed, or cancelled. */
export const SERIES_EXCEPTION_KINDS = ['moved', 'modified', 'cancelled'] as const;

/** The fields an appointment and a series (as the template of its occurrences) share. */
const appointmentTemplate = () => ({
  type: text('type', { enum: APPOINTMENT_TYPES }).notNull(),
  /** Null only for office events without a client (type "other"). */
  clientId: integer('client_id').references(() => clients.id),
  officerId: integer('officer_id')
    .notNull()
    .references(() => users.id),
  title: text('title').notNull().default(''),
  timeZone: text('time_zone').notNull(),
  locationKind: text('location_kind', { enum: LOCATION_KINDS }).notNull(),
  /** The office room, or the place described in words. */
  locationText: text('location_text').notNull().default(''),
  addressId: integer('address_id').references(() => addresses.id),
  notes: text('notes').notNull().default(''),
  court: text('court').notNull().default(''),
  docketNumber: text('docket_number').notNull().default(''),
  hearingType: text('hearing_type').notNull().default(''),
  createdAt: createdAt(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => users.id),
  updatedAt: text('updated_at'),
  updatedBy: userRef('updated_by'),
});

export const appointmentSeries = sqliteTable(
  'appointment_series',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ...appointmentTemplate(),
    /** The first occurrence's start as local wall time in time_zone, YYYY-MM-DDTHH:mm (the rule's DTSTART). */
    firstStartLocal: text('first_start_local').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    pattern: text('pattern', { mode: 'json' }).notNull().$type<SeriesPattern>(),
    /** Last local date an occurrence may fall on; exactly one of until_date and count is set. */
    untilDate: text('until_date'),
    count: integer('count'),
  },
  (t) => [index('appointment_series_officer').on(t.officerId), index('appointment_series_client').on(t.clientId)],
);

export const appointments = sqliteTable(
  'appointments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ...appointmentTemplate(),
    /** UTC instants (ISO 8601 with Z), so they compare as strings. */
    startAt: text('start_at').notNull(),
    endAt: text('end_at').notNull(),
    status: text('status', { enum: APPOINTMENT_STATUSES }).notNull().default('scheduled'),
    /** The contact outcome recorded for it; also on the linked case note. */
    outcome: text('outcome', { enum: CONTACT_OUTCOMES }),
    outcomeRecordedAt: text('outcome_recorded_at'),
    outcomeRecordedBy: userRef('outcome_recorded_by'),
    noteId: integer('note_id').references(() => caseNotes.id),
    seriesId: integer('series_id').references(() => appointmentSeries.id),
    /** For an occurrence of a series: the start the rule gave it (UTC), which identifies it when the series is edited. */
    originalStartAt: text('original_start_at'),
  },
  (t) => [
    index('appointments_officer_start').on(t.officerId, t.startAt),
    index('appointments_officer_status_start').on(t.officerId, t.status, t.startAt),
    index('appointments_client_start').on(t.clientId, t.startAt),
    index('appointments_series').on(t.seriesId, t.originalStartAt),
    index('appointments_note').on(t.noteId),
  ],
);

/** Occurrences changed or cancelled one at a time; series edits leave them as they are. */
export const appointmentSeriesExceptions = sqliteTable(
  'appointment_series_exceptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    seriesId: integer('series_id')
      .notNull()
      .references(() => appointmentSeries.id),
    /** The start the rule gave the occurrence (UTC), as on the appointment row. */
    originalStartAt: text('original_start_at').notNull(),
    kind: text('kind', { enum: SERIES_EXCEPTION_KINDS }).notNull(),
    appointmentId: integer('appointment_id')
      .notNull()
      .references(() => appointments.id),
    createdAt: createdAt(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex('appointment_series_exceptions_occurrence').on(t.seriesId, t.originalStartAt), index('appointment_series_exceptions_appointment').on(t.appointmentId)],
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
export type CaseNoteRow = typeof caseNotes.$inferSelect;
export type NoteAddendumRow = typeof noteAddenda.$inferSelect;
export type NoteReviewRow = typeof noteReviews.$inferSelect;
export type DrugTestRow = typeof drugTests.$inferSelect;
export type CommunityServiceRow = typeof communityServiceHours.$inferSelect;
export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
export type ProgrammeAttendanceRow = typeof programmeAttendance.$inferSelect;
export type PlanGoalRow = typeof planGoals.$inferSelect;
export type PlanGoalHistoryRow = typeof planGoalHistory.$inferSelect;
export type AgencyRow = typeof agencies.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralStatusHistoryRow = typeof referralStatusHistory.$inferSelect;
export type ViolationRow = typeof violations.$inferSelect;
export type ViolationResponseRow = typeof violationResponses.$inferSelect;
export type AppointmentRow = typeof appointments.$inferSelect;
export type AppointmentSeriesRow = typeof appointmentSeries.$inferSelect;
export type SeriesExceptionRow = typeof appointmentSeriesExceptions.$inferSelect;

/*
 * Court reports (issue 6). A report's sections are kept as written (JSON: titles, the officer's text and the data
 * pre-filled from the record), so an approved report stays exactly as approved whatever changes in the record later;
 * changing it takes a new version (previous_version_id). Migration 0006 adds triggers that lock approved reports.
 */
export const COURT_REPORT_TYPES = ['psi', 'progress', 'violation', 'termination'] as const;
export type CourtReportType = (typeof COURT_REPORT_TYPES)[number];
export const COURT_REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'exported'] as const;
export type CourtReportStatus = (typeof COURT_REPORT_STATUSES)[number];

/** The office's own version of a report type's sections; a type without a row uses the built-in defaults. */
export const courtReportTemplates = sqliteTable('court_report_templates', {
  reportType: text('report_type', { enum: COURT_REPORT_TYPES }).primaryKey(),
  sections: text('sections', { mode: 'json' }).notNull().$type<TemplateSection[]>(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: userRef('updated_by'),
});

export const courtReports = sqliteTable(
  'court_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    reportType: text('report_type', { enum: COURT_REPORT_TYPES }).notNull(),
    status: text('status', { enum: COURT_REPORT_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    previousVersionId: integer('previous_version_id').references((): AnySQLiteColumn => courtReports.id),
    /** The period the contacts summary and drug tests cover, both days included. */
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    courtDueDate: text('court_due_date'),
    sections: text('sections', { mode: 'json' }).notNull().$type<ReportSection[]>(),
    recommendation: text('recommendation').notNull().default(''),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    submittedAt: text('submitted_at'),
    approvedBy: userRef('approved_by'),
    approvedAt: text('approved_at'),
    reviewComments: text('review_comments', { mode: 'json' }).notNull().$type<ReviewComment[]>().default(sql`'[]'`),
    /** When the data were last read from the record. */
    prefilledAt: text('prefilled_at').notNull(),
    exportedAt: text('exported_at'),
    exportedBy: userRef('exported_by'),
    /** SHA-256 of the last .docx exported, so a copy on file can be matched to the report. */
    exportHash: text('export_hash'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [
    index('court_reports_client').on(t.clientId, t.reportType),
    index('court_reports_author_status').on(t.authorId, t.status),
    index('court_reports_status_due').on(t.status, t.courtDueDate),
    index('court_reports_previous').on(t.previousVersionId),
  ],
);

export type CourtReportTemplateRow = typeof courtReportTemplates.$inferSelect;
export type CourtReportRow = typeof courtReports.$inferSelect;
