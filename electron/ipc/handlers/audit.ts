import path from 'node:path';
import type { Channel } from '../../api/contract';
import { checkpointFolderOf } from '../../services/audit/auditCheckpoints';
import { exportAudit, listAudit, verifyAudit } from '../../services/audit/auditLog';
import type { HandlerGroup } from './types';

export const auditHandlers: HandlerGroup<Extract<Channel, `audit.${string}`>> = {
  'audit.list': ({ ctx }, input) => listAudit(ctx, input),
  'audit.verify': ({ ctx, keys }) => {
    return verifyAudit(ctx, checkpointFolderOf(ctx.db, path.dirname(keys.vault.file)));
  },
  'audit.export': ({ ctx }, input) => exportAudit(ctx, input.filter),
};
