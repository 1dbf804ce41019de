import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clientRef } from './clients';
import { users } from './users';
import { AGENCY_KINDS, REFERRAL_STATUSES } from '../../electron/api/referrals/referralsCodes';
import { createdAt } from './columns';

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
  // A referral's completion date is found in the index (the referrals figure).
  (t) => [index('referral_status_history_referral').on(t.referralId, t.toStatus, t.statusDate), index('referral_status_history_client').on(t.clientId, t.statusDate)],
);

export type AgencyRow = typeof agencies.$inferSelect;

export type ReferralRow = typeof referrals.$inferSelect;

export type ReferralStatusHistoryRow = typeof referralStatusHistory.$inferSelect;
