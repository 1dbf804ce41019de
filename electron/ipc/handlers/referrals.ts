import type { Channel } from '../../api/contract';
import { createAgency, listAgencies, updateAgency } from '../../services/referrals/agencies';
import { createReferral, listReferrals, setReferralStatus, updateReferral } from '../../services/referrals/referrals';
import type { HandlerGroup } from './types';

export const referralsHandlers: HandlerGroup<Extract<Channel, `agencies.${string}` | `referrals.${string}`>> = {
  'agencies.list': ({ ctx }, input) => listAgencies(ctx.db, input),
  'agencies.create': ({ ctx }, input) => createAgency(ctx, input),
  'agencies.update': ({ ctx }, input) => updateAgency(ctx, input),
  'referrals.list': ({ ctx }, input) => listReferrals(ctx, input.clientId),
  'referrals.create': ({ ctx }, input) => createReferral(ctx, input),
  'referrals.update': ({ ctx }, input) => updateReferral(ctx, input),
  'referrals.setStatus': ({ ctx }, input) => setReferralStatus(ctx, input),
};
