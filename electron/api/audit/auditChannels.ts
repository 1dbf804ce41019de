import { ADMIN, channel, noInput } from '../channel';
import { auditFilterSchema, auditListInputSchema } from './auditSchemas';
import { auditExportWire, auditPageWire, auditVerificationWire } from './auditWire';
import { z } from 'zod';

export const auditChannels = {
  'audit.list': channel(auditListInputSchema, ADMIN, auditPageWire),
  'audit.verify': channel(noInput, ADMIN, auditVerificationWire),
  'audit.export': channel(z.object({ filter: auditFilterSchema }), ADMIN, auditExportWire),
};
