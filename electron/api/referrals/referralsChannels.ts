import { z } from 'zod';
import { ALL, SUPERVISOR, channel } from '../channel';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import {
  createAgencyInputSchema,
  createReferralInputSchema,
  listAgenciesInputSchema,
  setReferralStatusInputSchema,
  updateAgencyInputSchema,
  updateReferralInputSchema,
} from './referralsSchemas';
import { agencyWire, referralWire, referralWithHistoryWire } from './referralsWire';

export const referralsChannels = {
  'agencies.list': channel(listAgenciesInputSchema, ALL, z.array(agencyWire)),
  'agencies.create': channel(createAgencyInputSchema, SUPERVISOR, agencyWire),
  'agencies.update': channel(updateAgencyInputSchema, SUPERVISOR, agencyWire),
  'referrals.list': channel(clientIdInputSchema, ALL, z.array(referralWithHistoryWire)),
  'referrals.create': channel(createReferralInputSchema, ALL, referralWire),
  'referrals.update': channel(updateReferralInputSchema, ALL, referralWire),
  'referrals.setStatus': channel(setReferralStatusInputSchema, ALL, referralWire),
};
