import path from 'node:path';
import type { Channel } from '../../api/contract';
import { checkpointFolderOf } from '../../services/audit/auditCheckpoints';
import { exportAudit, listAudit, verifyAudit } from '../../services/audit/auditLog';
import type { HandlerGroup } from './types';

export const auditHandlers: HandlerGroup<Extract<Channel, `audit.${string}`>> = {
  'audit.list': ({ sessions }, input) => listAudit(sessions.requireActive().ctx, input),
  'audit.verify': ({ sessions }) => {
    const { ctx, keys } = sessions.requireActive();
    return verifyAudit(ctx, checkpointFolderOf(ctx.db, path.dirname(keys.vault.file)));
  },
  'audit.export': ({ sessions }, input) => exportAudit(sessions.requireActive().ctx, input.filter),
};
