import { ADMIN, channel, noInput, returns } from '../channel';
import { type AuditRow } from '../../../db/schema';
import { type AuditVerification } from '../../services/audit/auditLog';
import { auditFilterSchema, auditListInputSchema } from './auditSchemas';
import { z } from 'zod';

export const auditChannels = {
  'audit.list': channel(auditListInputSchema, ADMIN, returns<{ rows: AuditRow[]; total: number }>()),
  'audit.verify': channel(noInput, ADMIN, returns<AuditVerification>()),
  'audit.export': channel(z.object({ filter: auditFilterSchema }), ADMIN, returns<{ filename: string; content: string; rows: number }>()),
};
