import type { Channel, ChannelOutput } from '../../../electron/api/contract';
import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export const useViolations = (clientId: number) => useChannelQuery('violations.list', { clientId });

export type ViolationChange = Exclude<Extract<Channel, `violations.${string}`>, 'violations.list'>;

export const useViolationChange = <C extends ViolationChange>(channel: C) => useChannelMutation(channel, ['violations', 'timeline']);

export type ViolationWithResponses = ChannelOutput<'violations.list'>[number];
