import type { Channel } from '../../api/contract';
import { createUser, deactivateUser, listDirectory, listUsers, releaseLockout, setTemporaryPassword, updateUser } from '../../services/users/users';
import { AppError } from '../../api/errors';
import { rotateKey } from '../../services/security/databaseKey';
import type { HandlerGroup } from './types';

export const usersHandlers: HandlerGroup<Extract<Channel, `users.${string}`>> = {
  'users.list': ({ ctx, keys }) => {
    return listUsers(ctx, keys.vault);
  },
  'users.create': ({ ctx, keys }, input) => {
    return createUser(ctx, keys, input);
  },
  'users.update': ({ sessions, ctx }, input) => {
    const updated = updateUser(ctx, input);
    sessions.refreshUser(updated);
    return updated;
  },
  'users.deactivate': ({ ctx, keys }, input) => {
    const deactivated = deactivateUser(ctx, keys, input.id);
    // The key they may have copied stops opening the database; a refusal is audited and shown on the security panel.
    try {
      rotateKey(ctx, keys, `account ${deactivated.username} deactivated`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
    return deactivated;
  },
  'users.reactivate': ({ ctx, keys }, input) => {
    return setTemporaryPassword(ctx, keys, input, 'reactivate');
  },
  'users.resetPassword': ({ ctx, keys }, input) => {
    return setTemporaryPassword(ctx, keys, input, 'reset');
  },
  'users.releaseLockout': ({ ctx, keys }, input) => {
    return releaseLockout(ctx, keys.vault, input.id);
  },
  'users.directory': ({ ctx }) => listDirectory(ctx.db),
};
