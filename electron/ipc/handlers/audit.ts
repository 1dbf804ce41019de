import type { Channel } from '../../api/contract';
import { exportAudit, listAudit, verifyAudit } from '../../services/audit/auditLog';
import type { HandlerGroup } from './types';

export const auditHandlers: HandlerGroup<Extract<Channel, `audit.${string}`>> = {
  'audit.list': ({ sessions }, input) => listAudit(sessions.requireActive().ctx, input),
  'audit.verify': ({ sessions }) => verifyAudit(sessions.requireActive().ctx),
  'audit.export': ({ sessions }, input) => exportAudit(sessions.requireActive().ctx, input.filter),
};
