import type { Channel } from '../../api/contract';
import { backupsOf } from './backup';
import type { HandlerGroup } from './types';

type AuthChannel = Extract<Channel, `auth.${string}`>;

export const authHandlers: HandlerGroup<AuthChannel> = {
  'auth.status': ({ sessions }) => sessions.status(),
  'auth.setup': ({ sessions }, input) => sessions.setup(input),
  'auth.login': ({ sessions }, input) => sessions.login(input.username, input.password),
  'auth.recover': ({ sessions }, input) => sessions.recover(input),
  'auth.logout': (call) => {
    backupsOf(call).beforeSignOut();
    return call.sessions.logout();
  },
  'auth.unlock': ({ sessions }, input) => sessions.unlock(input.password),
  'auth.lock': ({ sessions }) => sessions.lock('manual'),
  'auth.touch': ({ sessions }) => {
    sessions.touch();
    return null;
  },
  'auth.changePassword': ({ sessions }, input) => sessions.changePassword(input.currentPassword, input.newPassword),
};
