import { z } from 'zod';
import { auditCheckpointWire } from '../audit/auditWire';

/** The database key's standing and the audit checkpoints', for the administrator's security panel. */
export const securityStatusWire = z.object({
  keyRotatedAt: z.string().nullable(),
  /** Vault entries that do not parse: their owners cannot sign in until an administrator gives them a new password. */
  damagedSlots: z.array(z.object({ owner: z.string(), problem: z.string() })),
  checkpointFolder: z.string(),
  lastCheckpoint: auditCheckpointWire.nullable(),
});
export type SecurityStatus = z.infer<typeof securityStatusWire>;
