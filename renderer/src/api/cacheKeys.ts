import { channelDomain, type Channel, type ChannelInput, type Domain } from '../../../electron/api/contract';

/**
 * A cached answer's key, derived from the contract: the channel's domain, the channel, the input. The domain comes
 * first so that a change can refresh a whole domain and a sign-out can keep only the 'auth' answers.
 */
export const channelKey = <C extends Channel>(channel: C, input: ChannelInput<C>) => [channelDomain[channel], channel, input] as const;

/** Every cached answer of a domain. */
export const domainKey = (domain: Domain) => [domain] as const;
