import { useQuery } from '@tanstack/react-query';
import { useChannelMutation } from './channelMutation';
import { call } from './client';
import { queryKeys } from './queryKeys';

export function useReferrals(clientId: number) {
  return useQuery({ queryKey: queryKeys.referrals.client(clientId), queryFn: () => call('referrals.list', { clientId }) });
}

const referralsOf = (referral: { clientId: number }) => [queryKeys.referrals.client(referral.clientId), queryKeys.timeline.client(referral.clientId)];

export const useCreateReferral = () => useChannelMutation('referrals.create', referralsOf);
export const useUpdateReferral = () => useChannelMutation('referrals.update', referralsOf);
export const useSetReferralStatus = () => useChannelMutation('referrals.setStatus', referralsOf);

/** The office's agency directory; active agencies only unless `includeInactive`. */
export function useAgencies(includeInactive = false) {
  return useQuery({ queryKey: queryKeys.agencies.list(includeInactive), queryFn: () => call('agencies.list', { includeInactive }) });
}

/** An agency's name and kind show on every referral to it, and on timelines. */
const directoryChange = () => [queryKeys.agencies.all, queryKeys.referrals.all, queryKeys.timeline.all];

export const useCreateAgency = () => useChannelMutation('agencies.create', directoryChange);
export const useUpdateAgency = () => useChannelMutation('agencies.update', directoryChange);
