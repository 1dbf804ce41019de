import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { userRef } from './users';

/** The workstations enrolled with the office host, each known by its client certificate. */
export const workstations = sqliteTable(
  'workstations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Given by the administrator with the enrolment code, and written into the certificate. */
    name: text('name').notNull(),
    /** SHA-256 of the certificate, colon hex: what the host looks up on every request. */
    certificateFingerprint: text('certificate_fingerprint').notNull(),
    certificateSerial: text('certificate_serial').notNull(),
    enrolledAt: text('enrolled_at').notNull(),
    lastContactAt: text('last_contact_at'),
    revokedAt: text('revoked_at'),
    revokedBy: userRef('revoked_by'),
  },
  (t) => [uniqueIndex('workstations_certificate_fingerprint_unique').on(t.certificateFingerprint)],
);

/** One-time enrolment codes: only a hash is kept, and a code is spent by the enrolment it admits. */
export const enrolmentCodes = sqliteTable(
  'enrolment_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    codeHash: text('code_hash').notNull(),
    workstationName: text('workstation_name').notNull(),
    createdBy: userRef('created_by').notNull(),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
    workstationId: integer('workstation_id').references(() => workstations.id),
  },
  (t) => [uniqueIndex('enrolment_codes_code_hash_unique').on(t.codeHash)],
);

export type WorkstationRow = typeof workstations.$inferSelect;
export type EnrolmentCodeRow = typeof enrolmentCodes.$inferSelect;
