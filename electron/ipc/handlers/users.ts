import type { Channel } from '../../api/contract';
import { createUser, deactivateUser, listDirectory, listUsers, releaseLockout, setTemporaryPassword, updateUser } from '../../services/users/users';
import { AppError } from '../../api/errors';
import { rotateKey } from '../../services/security/databaseKey';
import type { HandlerGroup } from './types';

export const usersHandlers: HandlerGroup<Extract<Channel, `users.${string}`>> = {
  'users.list': ({ sessions }) => {
    const { ctx, keys } = sessions.requireActive();
    return listUsers(ctx, keys.vault);
  },
  'users.create': ({ sessions }, input) => {
    const { ctx, keys } = sessions.requireActive();
    return createUser(ctx, keys, input);
  },
  'users.update': ({ sessions }, input) => {
    const updated = updateUser(sessions.requireActive().ctx, input);
    sessions.refreshUser(updated);
    return updated;
  },
  'users.deactivate': ({ sessions }, input) => {
    const { ctx, keys } = sessions.requireActive();
    const deactivated = deactivateUser(ctx, keys, input.id);
    // The key they may have copied stops opening the database; a refusal is audited and shown on the security panel.
    try {
      rotateKey(ctx, keys, `account ${deactivated.username} deactivated`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
    return deactivated;
  },
  'users.reactivate': ({ sessions }, input) => {
    const { ctx, keys } = sessions.requireActive();
    return setTemporaryPassword(ctx, keys, input, 'reactivate');
  },
  'users.resetPassword': ({ sessions }, input) => {
    const { ctx, keys } = sessions.requireActive();
    return setTemporaryPassword(ctx, keys, input, 'reset');
  },
  'users.releaseLockout': ({ sessions }, input) => {
    const { ctx, keys } = sessions.requireActive();
    return releaseLockout(ctx, keys.vault, input.id);
  },
  'users.directory': ({ sessions }) => listDirectory(sessions.requireActive().ctx.db),
};
