import type { Channel } from '../../api/contract';
import { rotateKey, securityStatus } from '../../services/security/databaseKey';
import type { HandlerGroup } from './types';

export const securityHandlers: HandlerGroup<Extract<Channel, `security.${string}`>> = {
  'security.status': ({ sessions }) => {
    const { ctx, keys } = sessions.requireActive();
    return securityStatus(ctx, keys);
  },
  'security.rotateKey': ({ sessions }) => {
    const { ctx, keys } = sessions.requireActive();
    return rotateKey(ctx, keys, 'requested by an administrator');
  },
};
