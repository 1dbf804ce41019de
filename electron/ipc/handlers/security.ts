import type { Channel } from '../../api/contract';
import { rotateKey, securityStatus } from '../../services/security/databaseKey';
import type { HandlerGroup } from './types';

export const securityHandlers: HandlerGroup<Extract<Channel, `security.${string}`>> = {
  'security.status': ({ ctx, keys }) => {
    return securityStatus(ctx, keys);
  },
  'security.rotateKey': ({ ctx, keys }) => {
    return rotateKey(ctx, keys, 'requested by an administrator');
  },
};
