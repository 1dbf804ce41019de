import type { ChannelOutput } from '../../../../electron/api/contract';

export type Referral = ChannelOutput<'referrals.list'>[number];
export type Agency = ChannelOutput<'agencies.list'>[number];
