import { ALL, SUPERVISOR, channel, returns } from '../channel';
import { type AgencyRow, type ReferralRow } from '../../../db/schema';
import { type ReferralWithHistory } from '../../services/referrals/referrals';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import { createAgencyInputSchema, createReferralInputSchema, listAgenciesInputSchema, setReferralStatusInputSchema, updateAgencyInputSchema, updateReferralInputSchema } from './referralsSchemas';

export const referralsChannels = {
  'agencies.list': channel(listAgenciesInputSchema, ALL, returns<AgencyRow[]>()),
  'agencies.create': channel(createAgencyInputSchema, SUPERVISOR, returns<AgencyRow>()),
  'agencies.update': channel(updateAgencyInputSchema, SUPERVISOR, returns<AgencyRow>()),
  'referrals.list': channel(clientIdInputSchema, ALL, returns<ReferralWithHistory[]>()),
  'referrals.create': channel(createReferralInputSchema, ALL, returns<ReferralRow>()),
  'referrals.update': channel(updateReferralInputSchema, ALL, returns<ReferralRow>()),
  'referrals.setStatus': channel(setReferralStatusInputSchema, ALL, returns<ReferralRow>()),
};
