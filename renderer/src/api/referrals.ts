import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export const useReferrals = (clientId: number) => useChannelQuery('referrals.list', { clientId });

export const useCreateReferral = () => useChannelMutation('referrals.create', ['referrals', 'timeline']);
export const useUpdateReferral = () => useChannelMutation('referrals.update', ['referrals', 'timeline']);
export const useSetReferralStatus = () => useChannelMutation('referrals.setStatus', ['referrals', 'timeline']);

/** The office's agency directory; active agencies only unless `includeInactive`. */
export const useAgencies = (includeInactive = false) => useChannelQuery('agencies.list', { includeInactive });

/** An agency's name and kind show on every referral to it (same domain), and on timelines. */
export const useCreateAgency = () => useChannelMutation('agencies.create', ['referrals', 'timeline']);
export const useUpdateAgency = () => useChannelMutation('agencies.update', ['referrals', 'timeline']);
