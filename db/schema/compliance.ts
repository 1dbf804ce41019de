import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordedBy } from './users';
import { clientRef } from './clients';
import { conditionRef } from './courtOrders';
import { ADJUSTMENT_DIRECTIONS, ATTENDANCE, LEDGER_CATEGORIES, LEDGER_KINDS } from '../../electron/api/compliance/complianceCodes';
import { createdAt } from './columns';

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
  // Minutes in both indexes so the insights and opportunities totals are read from the indexes alone.
  (t) => [index('community_service_hours_client_date').on(t.clientId, t.serviceDate, t.minutes), index('community_service_hours_condition').on(t.conditionId, t.minutes)],
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
  (t) => [
    index('ledger_entries_client_date').on(t.clientId, t.entryDate),
    index('ledger_entries_condition').on(t.conditionId),
    // One category's entries of a client with everything its balance needs (the restitution figure and criterion).
    index('ledger_entries_client_category').on(t.clientId, t.category, t.kind, t.entryDate, t.adjustment, t.amountCents),
  ],
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

export type CommunityServiceRow = typeof communityServiceHours.$inferSelect;

export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;

export type ProgrammeAttendanceRow = typeof programmeAttendance.$inferSelect;
