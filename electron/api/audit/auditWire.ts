import { z } from 'zod';

/** A row of the audit log, hashes included: the exported log is re-verified outside the app from them. */
export const auditEntryWire = z.object({
  id: z.number(),
  ts: z.string(),
  userId: z.number().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  outcome: z.enum(['success', 'failure']),
  detail: z.string(),
  /** Where it was done; null on rows written before workstations were recorded. */
  workstation: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntryWire>;

/** A page of the filtered log, newest first. */
export const auditPageWire = z.object({ rows: z.array(auditEntryWire), total: z.number() });
export type AuditPage = z.infer<typeof auditPageWire>;

/**
 * The audit chain's head (row count + hash of the last row + time), as appended to the checkpoint file outside the
 * data folder; the host parses that file's lines with this schema too.
 */
export const auditCheckpointWire = z.object({ rows: z.number().int().min(0), head: z.string().regex(/^[0-9a-f]{64}$/), at: z.string() });
export type AuditCheckpoint = z.infer<typeof auditCheckpointWire>;

/** 'rehashed': the chain is consistent in itself but no longer matches the checkpoint kept outside the database. */
export const CHAIN_PROBLEMS = ['edited', 'deleted', 'inserted', 'truncated', 'rehashed'] as const;
export type ChainProblem = (typeof CHAIN_PROBLEMS)[number];

export const chainVerificationWire = z.object({
  ok: z.boolean(),
  rowsChecked: z.number(),
  problem: z.enum(CHAIN_PROBLEMS).optional(),
  /** The first row id at which the chain breaks. */
  atId: z.number().optional(),
  message: z.string(),
});
export type ChainVerification = z.infer<typeof chainVerificationWire>;

export const auditVerificationWire = chainVerificationWire.extend({
  /** The last checkpoint kept outside the data folder, and where; null when none has been written there yet. */
  checkpoint: auditCheckpointWire.extend({ folder: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationWire>;

/** The filtered log as CSV, to save. */
export const auditExportWire = z.object({ filename: z.string(), content: z.string(), rows: z.number() });
export type AuditExport = z.infer<typeof auditExportWire>;
