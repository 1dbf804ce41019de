import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { userRef, users } from './users';
import {
  ADDRESS_KINDS,
  ALIAS_KINDS,
  ASSOCIATE_KINDS,
  CLIENT_STATUSES,
  CLOSURE_REASONS,
  IDENTIFIER_TYPES,
  PHOTO_MIME_TYPES,
  SEXES,
  SUPERVISION_LEVELS,
} from '../../electron/api/clients/clientsCodes';
import { createdAt, rowVersion } from './columns';

/** The client a record belongs to. */
export const clientRef = () =>
  integer('client_id')
    .notNull()
    .references(() => clients.id);

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
    /** Canonical units (electron/api/format/measurements.ts): whole feet and inches or centimeters, pounds or kilograms, convert there and back unchanged. */
    heightMm: integer('height_mm'),
    weightG: integer('weight_g'),
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
    rowVersion: rowVersion(),
  },
  (t) => [
    uniqueIndex('clients_case_number_unique').on(t.caseNumber),
    index('clients_officer_status').on(t.assignedOfficerId, t.status),
    // A caseload sorted by officer walks each officer's clients in name order (with users_full_name), no sort.
    index('clients_officer_name').on(t.assignedOfficerId, t.lastNameKey, t.firstNameKey),
    index('clients_name').on(t.lastNameKey, t.firstNameKey),
    index('clients_first_name').on(t.firstNameKey),
    index('clients_date_of_birth').on(t.dateOfBirth),
  ],
);

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

export type ClientRow = typeof clients.$inferSelect;

export type ClientAliasRow = typeof clientAliases.$inferSelect;

export type ClientIdentifierRow = typeof clientIdentifiers.$inferSelect;

export type AddressRow = typeof addresses.$inferSelect;

export type AssociateRow = typeof associates.$inferSelect;

export type ClientBackgroundRow = typeof clientBackground.$inferSelect;

export type ClientStatusHistoryRow = typeof clientStatusHistory.$inferSelect;
