import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { sleepSync } from './fileModes';
import { DEFAULT_KDF_ITERATIONS, deriveKey, makeKeySlot, resealSlot, sealedSlotFields, unwrapKeySlot, type NewSlot } from './keySlots';
import {
  VaultError,
  normalizeUsername,
  pendingAuditSchema,
  readSlots,
  vaultFileSchema,
  type DamagedSlot,
  type KeySlot,
  type PendingAuditBatch,
  type PendingAuditEvent,
  type VaultContents,
} from './vaultFormat';

/**
 * vault.json beside the database: LUKS-style key slots, each holding the master key wrapped with
 * AES-256-GCM under a key derived from one user's password (or the office recovery key).
 * Every change re-reads the file and replaces it atomically, so a failed write never leaves half a vault.
 * The file's format and errors are in vaultFormat.ts, the slots' cryptography in keySlots.ts.
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

  makeSlot(slot: NewSlot, masterKey: Buffer, now: Date): Promise<KeySlot> {
    return makeKeySlot(slot, masterKey, this.iterations, now);
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
    const { key, derived } = await unwrapKeySlot(slot, secret);
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
    this.update(
      (vault) => {
        entries = vault.pendingAudit;
        return { ...vault, pendingAudit: [] };
      },
      (vault) => vault.pendingAudit.length > 0,
    );
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
      throw new VaultError(
        'SLOT_LEGACY',
        `These key slots are in the old format and cannot take a new key: ${owners}. Each must be used once (sign in, or recover) or be replaced by a password reset first.`,
      );
    }
    return { ...vault, slots: vault.slots.map((s) => resealSlot(s, newKey)), keyRotatedAt: now.toISOString() };
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
