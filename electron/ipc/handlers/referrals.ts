import type { Channel } from '../../api/contract';
import { createAgency, listAgencies, updateAgency } from '../../services/referrals/agencies';
import { createReferral, listReferrals, setReferralStatus, updateReferral } from '../../services/referrals/referrals';
import type { HandlerGroup } from './types';

export const referralsHandlers: HandlerGroup<Extract<Channel, `agencies.${string}` | `referrals.${string}`>> = {
  'agencies.list': ({ sessions }, input) => listAgencies(sessions.requireActive().ctx.db, input),
  'agencies.create': ({ sessions }, input) => createAgency(sessions.requireActive().ctx, input),
  'agencies.update': ({ sessions }, input) => updateAgency(sessions.requireActive().ctx, input),
  'referrals.list': ({ sessions }, input) => listReferrals(sessions.requireActive().ctx, input.clientId),
  'referrals.create': ({ sessions }, input) => createReferral(sessions.requireActive().ctx, input),
  'referrals.update': ({ sessions }, input) => updateReferral(sessions.requireActive().ctx, input),
  'referrals.setStatus': ({ sessions }, input) => setReferralStatus(sessions.requireActive().ctx, input),
};
