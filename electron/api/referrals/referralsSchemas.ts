import { z } from 'zod';
import { AGENCY_KINDS, REFERRAL_STATUSES } from './referralsCodes';
import { isoDate, optionalDate, optionalText, pastDate, phoneSchema, recordId, requiredText } from '../shared/fieldSchemas';

export const agencySchema = z.object({
  name: requiredText('the agency name', 200),
  kind: z.enum(AGENCY_KINDS, { error: 'Choose the kind of service: housing, employment and training, education, mental health, substance-use treatment or other.' }),
  address: optionalText('the address', 500),
  phone: phoneSchema().default(''),
  contactPerson: optionalText('the contact person', 200),
  notes: optionalText('the notes', 2000),
});

export const listAgenciesInputSchema = z.object({ includeInactive: z.boolean().default(false) });
export const createAgencyInputSchema = z.object({ agency: agencySchema });
/** An agency that closes or is no longer used is made inactive: past referrals keep pointing at it. */
export const updateAgencyInputSchema = z.object({ agencyId: recordId('an agency'), agency: agencySchema, active: z.boolean().default(true) });

const followUpDate = optionalDate(isoDate('the follow-up date'));

export const referralSchema = z
  .object({
    agencyId: recordId('the agency'),
    referredOn: pastDate('the referral date'),
    reason: requiredText('the reason for the referral', 2000),
    followUpDate,
  })
  .refine((r) => !r.followUpDate || r.followUpDate >= r.referredOn, { message: 'The follow-up date cannot be before the referral.', path: ['followUpDate'] });

const referralId = recordId('a referral');

export const createReferralInputSchema = z.object({ clientId: recordId('a client'), referral: referralSchema });
export const updateReferralInputSchema = z.object({
  referralId,
  reason: requiredText('the reason for the referral', 2000),
  followUpDate,
  outcomeNotes: optionalText('the outcome notes', 5000),
});
export const setReferralStatusInputSchema = z.object({
  referralId,
  status: z.enum(REFERRAL_STATUSES, { error: 'Choose the status: made, accepted, attending, completed, declined or no-show.' }),
  statusDate: pastDate('the date of the change'),
  note: optionalText('the note', 2000),
});

export type AgencyInput = z.infer<typeof agencySchema>;
