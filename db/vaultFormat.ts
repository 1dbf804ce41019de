import { z } from 'zod';

/**
 * What vault.json holds and how it is read: the schemas of the file, its key slots and its pending audit
 * events, the parsed contents the Vault class passes around, and the errors every part of the vault throws.
 */

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const kdfSchema = z.object({
  algorithm: z.literal('pbkdf2-sha256'),
  iterations: z.number().int().min(100_000),
});

const sealedSchema = z.object({ ephemeralKey: b64, iv: b64, data: b64, tag: b64 });

const slotSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(['user', 'recovery']),
    /** Usernames never change, so a slot is found (and bound, through the GCM AAD) by username. */
    username: z.string().nullable(),
    salt: b64,
    kdf: kdfSchema,
    /**
     * AES-256-GCM under the password-derived key: the slot's X25519 private key, or in a slot written before
     * key rotation existed (no publicKey) the master key itself.
     */
    iv: b64,
    wrappedKey: b64,
    tag: b64,
    /** The master key is sealed to this public key, so rotation can re-seal a new key without anyone's password. */
    publicKey: b64.optional(),
    sealedKey: sealedSchema.optional(),
    /** HMAC of the derived key: tells a wrong password apart from a damaged or tampered slot. */
    keyCheck: b64,
    createdAt: z.string(),
    failedLogins: z.array(z.string()).default([]),
    lockedAt: z.string().nullable().default(null),
  })
  .refine((s) => (s.publicKey === undefined) === (s.sealedKey === undefined), { message: 'a sealed key needs its public key' })
  .refine((s) => (s.kind === 'user') === (s.username !== null), { message: 'a user slot needs a username' });

/**
 * Events that happen while the database is closed (failed sign-ins); written to the audit log on next open.
 * Anyone who can write vault.json can plant one, so each is checked field by field and chained in marked as
 * reported by the vault file, not verified.
 */
export const pendingAuditSchema = z.object({
  ts: z.iso.datetime(),
  username: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9._-]+$/),
  action: z.enum(['auth.login', 'auth.unlock', 'auth.recover']),
  detail: z
    .string()
    .max(200)
    .regex(/^[^\p{Cc}]*$/u),
});

export const vaultFileSchema = z.object({
  format: z.literal('probation-desk-vault'),
  version: z.union([z.literal(1), z.literal(2)]),
  createdAt: z.string(),
  /** Parsed one by one (see readSlots): a damaged slot must not stop everyone else signing in. */
  slots: z.array(z.unknown()),
  pendingAudit: z.array(z.unknown()).default([]),
  /** When the database key was last rotated, shown to administrators. */
  keyRotatedAt: z.string().nullable().default(null),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type PendingAuditEvent = z.infer<typeof pendingAuditSchema>;
/** The master key sealed to a slot's public key (ECIES). */
export type SealedKey = z.infer<typeof sealedSchema>;

/** A slot entry that does not parse: kept as it is on disk (for a restore) and reported to administrators. */
export interface DamagedSlot {
  raw: unknown;
  kind: 'user' | 'recovery' | null;
  username: string | null;
  problem: string;
}

export interface VaultContents {
  createdAt: string;
  slots: KeySlot[];
  damagedSlots: DamagedSlot[];
  /** Entries as on disk; takePendingAudit validates them. */
  pendingAudit: unknown[];
  keyRotatedAt: string | null;
}

function describeDamaged(raw: unknown, problem: string): DamagedSlot {
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const kind = fields.kind === 'user' || fields.kind === 'recovery' ? fields.kind : null;
  return { raw, kind, username: typeof fields.username === 'string' ? fields.username : null, problem };
}

export function readSlots(entries: unknown[]): Pick<VaultContents, 'slots' | 'damagedSlots'> {
  const slots: KeySlot[] = [];
  const damagedSlots: DamagedSlot[] = [];
  for (const raw of entries) {
    const parsed = slotSchema.safeParse(raw);
    if (parsed.success) slots.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      damagedSlots.push(describeDamaged(raw, `${issue?.path.join('.') || 'slot'}: ${issue?.message ?? 'invalid'}`));
    }
  }
  return { slots, damagedSlots };
}

export interface PendingAuditBatch {
  events: PendingAuditEvent[];
  /** Entries that failed validation: dropped, and counted in the audit log. */
  rejected: number;
}

export type VaultErrorCode = 'VAULT_MISSING' | 'VAULT_CORRUPT' | 'WRONG_SECRET' | 'SLOT_TAMPERED' | 'SLOT_EXISTS' | 'VAULT_BUSY' | 'SLOT_LEGACY';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const normalizeUsername = (username: string) => username.trim().toLowerCase();
