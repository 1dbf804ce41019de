import { createCipheriv, createDecipheriv, createHmac, pbkdf2, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';

const pbkdf2Async = promisify(pbkdf2);

/** FIPS-approved KDF; stored per slot so the count can be raised for new slots without breaking old ones. */
export const DEFAULT_KDF_ITERATIONS = 600_000;
const KEY_CHECK_LABEL = 'probation-desk key check v1';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const kdfSchema = z.object({
  algorithm: z.literal('pbkdf2-sha256'),
  iterations: z.number().int().min(100_000),
});

const slotSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['user', 'recovery']),
  /** Usernames never change, so a slot is found (and bound, through the GCM AAD) by username. */
  username: z.string().nullable(),
  salt: b64,
  kdf: kdfSchema,
  iv: b64,
  wrappedKey: b64,
  tag: b64,
  /** HMAC of the derived key: tells a wrong password apart from a damaged or tampered slot. */
  keyCheck: b64,
  createdAt: z.string(),
  failedLogins: z.array(z.string()).default([]),
  lockedAt: z.string().nullable().default(null),
});

/** Events that happen while the database is closed (failed logins); written to the audit log on next open. */
const pendingAuditSchema = z.object({
  ts: z.string(),
  username: z.string(),
  action: z.string(),
  detail: z.string(),
});

const vaultFileSchema = z.object({
  format: z.literal('probation-desk-vault'),
  version: z.literal(1),
  createdAt: z.string(),
  slots: z.array(slotSchema),
  pendingAudit: z.array(pendingAuditSchema).default([]),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type PendingAuditEvent = z.infer<typeof pendingAuditSchema>;
type VaultFile = z.infer<typeof vaultFileSchema>;

export type VaultErrorCode = 'VAULT_MISSING' | 'VAULT_CORRUPT' | 'WRONG_SECRET' | 'SLOT_TAMPERED' | 'SLOT_EXISTS';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const normalizeUsername = (username: string) => username.trim().toLowerCase();

function slotAad(slot: Pick<KeySlot, 'id' | 'kind' | 'username'>) {
  return Buffer.from(`${slot.id}|${slot.kind}|${slot.username ?? ''}`);
}

async function deriveKey(secret: string, salt: Buffer, iterations: number) {
  return pbkdf2Async(Buffer.from(secret.normalize('NFKC'), 'utf8'), salt, iterations, 32, 'sha256');
}

const keyCheckOf = (derived: Buffer) => createHmac('sha256', derived).update(KEY_CHECK_LABEL).digest();

export type NewSlot = { kind: 'user'; username: string; secret: string } | { kind: 'recovery'; secret: string };

/**
 * vault.json beside the database: LUKS-style key slots, each holding the master key wrapped with
 * AES-256-GCM under a key derived from one user's password (or the office recovery key).
 * Every change re-reads the file and replaces it atomically, so a failed write never leaves half a vault.
 */
export class Vault {
  constructor(
    readonly file: string,
    private readonly iterations = DEFAULT_KDF_ITERATIONS,
  ) {}

  exists() {
    return existsSync(this.file);
  }

  read(): VaultFile {
    if (!this.exists()) throw new VaultError('VAULT_MISSING', `The key vault ${this.file} does not exist.`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      throw new VaultError('VAULT_CORRUPT', `The key vault ${this.file} is not valid JSON; it may be damaged. Restore it from a backup.`);
    }
    const parsed = vaultFileSchema.safeParse(raw);
    if (!parsed.success) {
      throw new VaultError('VAULT_CORRUPT', `The key vault ${this.file} is damaged (${parsed.error.issues[0]?.message}). Restore it from a backup.`);
    }
    return parsed.data;
  }

  /** Creates the vault file with its first slots; refuses to replace an existing one. */
  initialize(slots: KeySlot[], now: Date) {
    if (this.exists()) throw new VaultError('SLOT_EXISTS', 'A key vault already exists in this data folder.');
    this.write({ format: 'probation-desk-vault', version: 1, createdAt: now.toISOString(), slots, pendingAudit: [] });
  }

  async makeSlot(slot: NewSlot, masterKey: Buffer, now: Date): Promise<KeySlot> {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const derived = await deriveKey(slot.secret, salt, this.iterations);
    const base = { id: randomUUID(), kind: slot.kind, username: slot.kind === 'user' ? normalizeUsername(slot.username) : null };
    const cipher = createCipheriv('aes-256-gcm', derived, iv);
    cipher.setAAD(slotAad(base));
    const wrapped = Buffer.concat([cipher.update(masterKey), cipher.final()]);
    return {
      ...base,
      salt: salt.toString('base64'),
      kdf: { algorithm: 'pbkdf2-sha256', iterations: this.iterations },
      iv: iv.toString('base64'),
      wrappedKey: wrapped.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      keyCheck: keyCheckOf(derived).toString('base64'),
      createdAt: now.toISOString(),
      failedLogins: [],
      lockedAt: null,
    };
  }

  /**
   * Stores a slot made by makeSlot, replacing the slot of the same user (password change or reset) or the
   * recovery slot; other slots are untouched. Synchronous, so it can run inside a database transaction
   * and roll that transaction back if the write fails.
   */
  commitSlot(made: KeySlot) {
    this.update((vault) => ({ ...vault, slots: [...vault.slots.filter((s) => !sameOwner(s, made)), made] }));
  }

  removeUserSlot(username: string) {
    const name = normalizeUsername(username);
    this.update((vault) => ({ ...vault, slots: vault.slots.filter((s) => !(s.kind === 'user' && s.username === name)) }));
  }

  findUserSlot(username: string): KeySlot | undefined {
    const name = normalizeUsername(username);
    return this.read().slots.find((s) => s.kind === 'user' && s.username === name);
  }

  recoverySlot(): KeySlot | undefined {
    return this.read().slots.find((s) => s.kind === 'recovery');
  }

  /** Unwraps the master key; a wrong secret and a tampered slot give different, clear errors. */
  async unwrap(slot: KeySlot, secret: string): Promise<Buffer> {
    const derived = await deriveKey(secret, Buffer.from(slot.salt, 'base64'), slot.kdf.iterations);
    const expected = Buffer.from(slot.keyCheck, 'base64');
    const actual = keyCheckOf(derived);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
      throw new VaultError('WRONG_SECRET', slot.kind === 'recovery' ? 'The recovery key is not correct.' : 'The password is not correct.');
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', derived, Buffer.from(slot.iv, 'base64'));
      decipher.setAAD(slotAad(slot));
      decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
      const key = Buffer.concat([decipher.update(Buffer.from(slot.wrappedKey, 'base64')), decipher.final()]);
      if (key.length !== 32) throw new Error('bad length');
      return key;
    } catch {
      throw new VaultError('SLOT_TAMPERED', 'The key slot is damaged or has been altered; the key could not be unwrapped. Restore vault.json from a backup or use the recovery key.');
    }
  }

  /** Spends the same time as a real unwrap so that timing does not reveal which usernames exist. */
  async burnTime(secret: string) {
    await deriveKey(secret, randomBytes(16), this.iterations);
  }

  updateUserSlot(username: string, change: (slot: KeySlot) => KeySlot) {
    const name = normalizeUsername(username);
    this.update((vault) => ({
      ...vault,
      slots: vault.slots.map((s) => (s.kind === 'user' && s.username === name ? change(s) : s)),
    }));
  }

  appendPendingAudit(event: PendingAuditEvent) {
    this.update((vault) => ({ ...vault, pendingAudit: [...vault.pendingAudit, event] }));
  }

  /** Returns the pending events and clears them; the caller writes them to the audit log. */
  takePendingAudit(): PendingAuditEvent[] {
    const pending = this.read().pendingAudit;
    if (pending.length > 0) this.update((vault) => ({ ...vault, pendingAudit: [] }));
    return pending;
  }

  private update(change: (vault: VaultFile) => VaultFile) {
    this.write(change(this.read()));
  }

  private write(vault: VaultFile) {
    const tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(tmp, 'w', 0o600);
    try {
      try {
        // writeFileSync repeats short writes (a nearly full disk); one writeSync could leave a truncated vault to rename.
        writeFileSync(fd, JSON.stringify(vault, null, 2));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.file);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw error;
    }
    syncDirectory(path.dirname(this.file));
  }
}

const sameOwner = (a: KeySlot, b: KeySlot) => a.kind === b.kind && a.username === b.username;

function syncDirectory(dir: string) {
  // Makes the rename durable; directories cannot be opened for fsync on Windows, where this is skipped.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A recovery key of 256 random bits, shown once as 16 groups of 4 hex digits for printing. */
export function generateRecoveryKey(): string {
  return (randomBytes(32).toString('hex').toUpperCase().match(/.{4}/g) ?? []).join('-');
}

export const normalizeRecoveryKey = (key: string) => key.replace(/[^0-9a-f]/gi, '').toUpperCase();
