import { z } from 'zod';
import { AUDIT_KINDS } from './auditActions';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD.');

export const auditFilterSchema = z
  .object({
    userId: z.number().int().positive().optional(),
    action: z.string().trim().max(100).optional(),
    /** Views and exports, changes, or sign-ins and security events. */
    kind: z.enum(AUDIT_KINDS).optional(),
    outcome: z.enum(['success', 'failure']).optional(),
    /** Inclusive calendar dates (UTC). */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The "to" date must be on or after the "from" date.', path: ['to'] });

export const auditListInputSchema = z.object({
  filter: auditFilterSchema,
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(10).max(500).default(50),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
/**
 * Prefix of the detail of every audit row taken from vault.json. Anyone who can write that file can plant
 * such an event (user and time included), so the row says it was not verified; no schema change needed.
 */
export const VAULT_REPORTED_PREFIX = 'reported by the vault file, not verified: ';

export const isVaultReported = (detail: string) => detail.startsWith(VAULT_REPORTED_PREFIX);
