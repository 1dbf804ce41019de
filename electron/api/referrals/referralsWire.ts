import { z } from 'zod';
import { AGENCY_KINDS, REFERRAL_STATUSES } from './referralsCodes';

/** A service in the office's directory that clients are referred to. */
export const agencyWire = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  address: z.string(),
  phone: z.string(),
  contactPerson: z.string(),
  notes: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
});
export type Agency = z.infer<typeof agencyWire>;

export const referralWire = z.object({
  id: z.number(),
  clientId: z.number(),
  agencyId: z.number(),
  referredOn: z.string(),
  reason: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  statusDate: z.string(),
  outcomeNotes: z.string(),
  followUpDate: z.string().nullable(),
  createdBy: z.number(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
});
export type Referral = z.infer<typeof referralWire>;

/** A status a referral has had; the first is written when it is made. */
export const referralStatusChangeWire = z.object({
  id: z.number(),
  referralId: z.number(),
  clientId: z.number(),
  fromStatus: z.enum(REFERRAL_STATUSES).nullable(),
  toStatus: z.enum(REFERRAL_STATUSES),
  statusDate: z.string(),
  note: z.string(),
  changedBy: z.number(),
  changedAt: z.string(),
});
export type ReferralStatusChange = z.infer<typeof referralStatusChangeWire>;

/** A referral with its agency and its status history (oldest first). */
export const referralWithHistoryWire = referralWire.extend({ agencyName: z.string(), agencyKind: z.enum(AGENCY_KINDS), history: z.array(referralStatusChangeWire) });
export type ReferralWithHistory = z.infer<typeof referralWithHistoryWire>;
