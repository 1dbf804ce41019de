import type { Channel } from '../../../electron/api/contract';
import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export const useUsers = () => useChannelQuery('users.list', {});

type UserChange = Exclude<Extract<Channel, `users.${string}`>, 'users.list' | 'users.directory'>;

/** An administrator may have edited their own name or role (the status), and a deactivation rotates the key. */
export const useUserChange = <C extends UserChange>(channel: C) => useChannelMutation(channel, ['users', 'auth', 'security']);

/** Colleagues' names and roles, for choosing an officer and for showing who did something; every role may read it. */
export const useDirectory = () => useChannelQuery('users.directory', {});
