import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  pbkdf2,
  randomBytes,
  randomUUID,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import { sleepSync } from './fileModes';

const pbkdf2Async = promisify(pbkdf2);

/** FIPS-approved KDF; stored per slot so the count can be raised for new slots without breaking old ones. */
export const DEFAULT_KDF_ITERATIONS = 600_000;
const KEY_CHECK_LABEL = 'probation-desk key check v1';
const SEAL_LABEL = 'probation-desk sealed master key v2';

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
const pendingAuditSchema = z.object({
  ts: z.iso.datetime(),
  username: z.string().min(1).max(64).regex(/^[a-z0-9._-]+$/),
  action: z.enum(['auth.login', 'auth.unlock', 'auth.recover']),
  detail: z.string().max(200).regex(/^[^\p{Cc}]*$/u),
});

const vaultFileSchema = z.object({
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

function readSlots(entries: unknown[]): Pick<VaultContents, 'slots' | 'damagedSlots'> {
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

  read(): VaultContents {
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
    const { createdAt, slots, pendingAudit, keyRotatedAt } = parsed.data;
    return { createdAt, ...readSlots(slots), pendingAudit, keyRotatedAt };
  }

  /** Creates the vault file with its first slots; refuses to replace an existing one. */
  initialize(slots: KeySlot[], now: Date) {
    this.underLock(() => {
      if (this.exists()) throw new VaultError('SLOT_EXISTS', 'A key vault already exists in this data folder.');
      this.write({ createdAt: now.toISOString(), slots, damagedSlots: [], pendingAudit: [], keyRotatedAt: null });
    });
  }

  async makeSlot(slot: NewSlot, masterKey: Buffer, now: Date): Promise<KeySlot> {
    const salt = randomBytes(16);
    const derived = await deriveKey(slot.secret, salt, this.iterations);
    const base = { id: randomUUID(), kind: slot.kind, username: slot.kind === 'user' ? normalizeUsername(slot.username) : null };
    return {
      ...base,
      salt: salt.toString('base64'),
      kdf: { algorithm: 'pbkdf2-sha256', iterations: this.iterations },
      ...sealedSlotFields(base, derived, masterKey),
      keyCheck: keyCheckOf(derived).toString('base64'),
      createdAt: now.toISOString(),
      failedLogins: [],
      lockedAt: null,
    };
  }

  /**
   * Stores a slot made by makeSlot, replacing the slot of the same user (password change or reset) or the
   * recovery slot, damaged or not; other slots are untouched. Synchronous, so it can run inside a database
   * transaction and roll that transaction back if the write fails.
   */
  commitSlot(made: KeySlot) {
    this.update((vault) => ({
      ...vault,
      slots: [...vault.slots.filter((s) => !sameOwner(s, made)), made],
      damagedSlots: vault.damagedSlots.filter((d) => !sameOwner(d, made)),
    }));
  }

  removeUserSlot(username: string) {
    const name = normalizeUsername(username);
    const owned = (s: { kind: string | null; username: string | null }) => s.kind === 'user' && s.username === name;
    this.update((vault) => ({ ...vault, slots: vault.slots.filter((s) => !owned(s)), damagedSlots: vault.damagedSlots.filter((d) => !owned(d)) }));
  }

  findUserSlot(username: string): KeySlot | undefined {
    const name = normalizeUsername(username);
    return this.read().slots.find((s) => s.kind === 'user' && s.username === name);
  }

  recoverySlot(): KeySlot | undefined {
    return this.read().slots.find((s) => s.kind === 'recovery');
  }

  /**
   * Unwraps the master key; a wrong secret and a tampered slot give different, clear errors. A slot written
   * before rotation existed is given a key pair on the way, so a later rotation can re-seal to it.
   */
  async unwrap(slot: KeySlot, secret: string): Promise<Buffer> {
    const derived = await deriveKey(secret, Buffer.from(slot.salt, 'base64'), slot.kdf.iterations);
    const expected = Buffer.from(slot.keyCheck, 'base64');
    const actual = keyCheckOf(derived);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
      throw new VaultError('WRONG_SECRET', slot.kind === 'recovery' ? 'The recovery key is not correct.' : 'The password is not correct.');
    }
    let key: Buffer;
    try {
      const inner = gcmOpen(derived, slot, { iv: slot.iv, data: slot.wrappedKey, tag: slot.tag });
      key = slot.sealedKey ? unseal(createPrivateKey({ key: inner, format: 'der', type: 'pkcs8' }), slot, slot.sealedKey) : inner;
      if (key.length !== 32) throw new Error('bad length');
    } catch {
      throw new VaultError('SLOT_TAMPERED', 'The key slot is damaged or has been altered; the key could not be unwrapped. Restore vault.json from a backup or use the recovery key.');
    }
    if (!slot.publicKey) this.updateSlot(slot.id, (s) => ({ ...s, ...sealedSlotFields(s, derived, key) }));
    return key;
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

  /** Returns the pending events that pass validation and clears them all; the caller writes them to the audit log. */
  takePendingAudit(): PendingAuditBatch {
    let entries: unknown[] = [];
    this.update((vault) => {
      entries = vault.pendingAudit;
      return { ...vault, pendingAudit: [] };
    }, (vault) => vault.pendingAudit.length > 0);
    const events = entries.flatMap((entry) => {
      const parsed = pendingAuditSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
    return { events, rejected: entries.length - events.length };
  }

  /**
   * The vault re-sealed to a new master key, for a rotation; written by the caller once the database is
   * rekeyed. Refuses while a slot still predates key pairs (its owner must sign in once, or get a new password).
   */
  resealed(newKey: Buffer, now: Date): VaultContents {
    const vault = this.read();
    const legacy = vault.slots.filter((s) => !s.publicKey);
    if (legacy.length > 0) {
      const owners = legacy.map((s) => s.username ?? 'the recovery key').join(', ');
      throw new VaultError('SLOT_LEGACY', `These key slots are in the old format and cannot take a new key: ${owners}. Each must be used once (sign in, or recover) or be replaced by a password reset first.`);
    }
    return {
      ...vault,
      slots: vault.slots.map((s) => ({ ...s, sealedKey: seal(createPublicKey({ key: Buffer.from(s.publicKey!, 'base64'), format: 'der', type: 'spki' }), s, newKey) })),
      keyRotatedAt: now.toISOString(),
    };
  }

  /** Replaces the whole vault (a rotation's re-sealed slots). */
  replace(contents: VaultContents) {
    this.underLock(() => this.write(contents));
  }

  /** Parses vault contents held elsewhere (the rotation journal). */
  static parseContents(raw: unknown): VaultContents {
    const parsed = vaultFileSchema.parse(raw);
    return { createdAt: parsed.createdAt, ...readSlots(parsed.slots), pendingAudit: parsed.pendingAudit, keyRotatedAt: parsed.keyRotatedAt };
  }

  static serialize(vault: VaultContents) {
    return {
      format: 'probation-desk-vault' as const,
      version: 2 as const,
      createdAt: vault.createdAt,
      slots: [...vault.slots, ...vault.damagedSlots.map((d) => d.raw)],
      pendingAudit: vault.pendingAudit,
      keyRotatedAt: vault.keyRotatedAt,
    };
  }

  private updateSlot(id: string, change: (slot: KeySlot) => KeySlot) {
    this.update((vault) => ({ ...vault, slots: vault.slots.map((s) => (s.id === id ? change(s) : s)) }));
  }

  /**
   * Read-modify-write under the vault's own lock file, so two processes (or a tool that skipped the data-folder
   * lock) can never both read the old vault and each write back only their own change.
   */
  private update(change: (vault: VaultContents) => VaultContents, needed: (vault: VaultContents) => boolean = () => true) {
    this.underLock(() => {
      const vault = this.read();
      if (needed(vault)) this.write(change(vault));
    });
  }

  private underLock<T>(fn: () => T): T {
    const options = { lockfilePath: `${this.file}.lock`, realpath: false, stale: VAULT_LOCK_STALE_MS };
    const deadline = Date.now() + VAULT_LOCK_WAIT_MS;
    let release: () => void;
    for (;;) {
      try {
        release = lockfile.lockSync(this.file, options);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
        if (Date.now() > deadline) throw new VaultError('VAULT_BUSY', 'The key vault is being changed by another program; try again in a moment.');
        sleepSync(10);
      }
    }
    try {
      return fn();
    } finally {
      release();
    }
  }

  private write(vault: VaultContents) {
    const tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(tmp, 'w', 0o600);
    try {
      try {
        // writeFileSync repeats short writes (a nearly full disk); one writeSync could leave a truncated vault to rename.
        writeFileSync(fd, JSON.stringify(Vault.serialize(vault), null, 2));
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

/** A holder killed while writing leaves the lock; after this long it is taken as abandoned. */
const VAULT_LOCK_STALE_MS = 5_000;
const VAULT_LOCK_WAIT_MS = 8_000;

type SlotIdentity = Pick<KeySlot, 'id' | 'kind' | 'username'>;

function gcmSeal(key: Buffer, slot: SlotIdentity, plain: Buffer, extraAad = Buffer.alloc(0)) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.concat([slotAad(slot), extraAad]));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

function gcmOpen(key: Buffer, slot: SlotIdentity, box: { iv: string; data: string; tag: string }, extraAad = Buffer.alloc(0)) {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
  decipher.setAAD(Buffer.concat([slotAad(slot), extraAad]));
  decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(box.data, 'base64')), decipher.final()]);
}

/** ECIES: an ephemeral X25519 agreement with the slot's public key, HKDF-SHA256, then AES-256-GCM. */
function sealingKey(shared: Buffer, ephemeralDer: Buffer) {
  return Buffer.from(hkdfSync('sha256', shared, ephemeralDer, SEAL_LABEL, 32));
}

function seal(publicKey: KeyObject, slot: SlotIdentity, masterKey: Buffer) {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralDer = ephemeral.publicKey.export({ format: 'der', type: 'spki' });
  const key = sealingKey(diffieHellman({ privateKey: ephemeral.privateKey, publicKey }), ephemeralDer);
  return { ephemeralKey: ephemeralDer.toString('base64'), ...gcmSeal(key, slot, masterKey, ephemeralDer) };
}

function unseal(privateKey: KeyObject, slot: SlotIdentity, sealed: z.infer<typeof sealedSchema>) {
  const ephemeralDer = Buffer.from(sealed.ephemeralKey, 'base64');
  const publicKey = createPublicKey({ key: ephemeralDer, format: 'der', type: 'spki' });
  return gcmOpen(sealingKey(diffieHellman({ privateKey, publicKey }), ephemeralDer), slot, sealed, ephemeralDer);
}

/** A fresh key pair for the slot: the private key wrapped under the password-derived key, the master key sealed to the public one. */
function sealedSlotFields(slot: SlotIdentity, derived: Buffer, masterKey: Buffer) {
  const pair = generateKeyPairSync('x25519');
  const wrapped = gcmSeal(derived, slot, pair.privateKey.export({ format: 'der', type: 'pkcs8' }));
  return {
    iv: wrapped.iv,
    wrappedKey: wrapped.data,
    tag: wrapped.tag,
    publicKey: pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    sealedKey: seal(pair.publicKey, slot, masterKey),
  };
}

const sameOwner = (a: Pick<DamagedSlot, 'kind' | 'username'>, b: KeySlot) => a.kind === b.kind && a.username === b.username;

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
