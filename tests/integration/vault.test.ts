import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KDF_ITERATIONS } from '../../db/keySlots';
import { generateRecoveryKey, normalizeRecoveryKey } from '../../db/recoveryKey';
import { Vault } from '../../db/vault';
import { VaultError, type KeySlot, type VaultErrorCode } from '../../db/vaultFormat';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { useTempDirs } from '../fixtures/tempDirs';
import { MIGRATIONS_FOLDER, SETUP_INPUT } from '../fixtures/tempOffice';
import { readVaultJson, slotIn, tamperSlot, type SlotBytesField } from '../fixtures/vaultFile';

// Every slot here uses the real default of 600,000 PBKDF2 iterations.
const tempDir = useTempDirs();
const NOW = new Date('2025-03-03T09:00:00.000Z');
const ALICE_PASSWORD = 'Harbor-Quilt-Meadow-88';
const BOB_PASSWORD = 'Saffron-Kettle-Brook-31';
const masterKey = randomBytes(32);
const recoveryKey = generateRecoveryKey();
let startSlots: KeySlot[];

beforeAll(async () => {
  // Made once (each wrap costs a full KDF run); every test writes them into a vault file of its own.
  const maker = new Vault(path.join(tempDir('unused'), 'vault.json'));
  startSlots = await Promise.all([
    maker.makeSlot({ kind: 'user', username: 'Alice', secret: ALICE_PASSWORD }, masterKey, NOW),
    maker.makeSlot({ kind: 'user', username: 'bob', secret: BOB_PASSWORD }, masterKey, NOW),
    maker.makeSlot({ kind: 'recovery', secret: normalizeRecoveryKey(recoveryKey) }, masterKey, NOW),
  ]);
});

function freshVault(): Vault {
  const vault = new Vault(path.join(tempDir('vault'), 'vault.json'));
  vault.initialize(startSlots, NOW);
  return vault;
}

async function vaultErrorOf(action: () => unknown): Promise<VaultError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected a VaultError');
}

async function expectVaultError(action: () => unknown, code: VaultErrorCode, message: RegExp) {
  const error = await vaultErrorOf(action);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

const userSlot = (vault: Vault, username: string) => {
  const slot = vault.findUserSlot(username);
  if (!slot) throw new Error(`no slot for ${username}`);
  return slot;
};

describe('key slots', () => {
  it('use at least 600,000 PBKDF2 iterations, a salt of their own, and never hold the key in the clear', () => {
    const vault = freshVault();
    const onDisk = readVaultJson(vault.file);
    expect(onDisk.slots).toHaveLength(3);
    for (const slot of onDisk.slots) {
      expect(slot.kdf).toEqual({ algorithm: 'pbkdf2-sha256', iterations: DEFAULT_KDF_ITERATIONS });
      expect(slot.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    }
    expect(new Set(onDisk.slots.map((s) => s.salt)).size).toBe(3);
    const text = readFileSync(vault.file, 'utf8');
    expect(text).not.toContain(masterKey.toString('hex'));
    expect(text).not.toContain(masterKey.toString('base64'));
  });

  it('give back the same master key for each user’s right password, whatever the username’s case', async () => {
    const vault = freshVault();
    expect((await vault.unwrap(userSlot(vault, ' ALICE '), ALICE_PASSWORD)).equals(masterKey)).toBe(true);
    expect((await vault.unwrap(userSlot(vault, 'bob'), BOB_PASSWORD)).equals(masterKey)).toBe(true);
  });

  it('refuse a wrong password with WRONG_SECRET', async () => {
    const vault = freshVault();
    await expectVaultError(() => vault.unwrap(userSlot(vault, 'alice'), BOB_PASSWORD), 'WRONG_SECRET', /^The password is not correct\.$/);
  });

  it.each<SlotBytesField>(['wrappedKey', 'tag', 'iv'])('report an altered %s as SLOT_TAMPERED and leave the file as it is', async (field) => {
    const vault = freshVault();
    tamperSlot(vault.file, 'alice', field);
    const before = readFileSync(vault.file);
    await expectVaultError(() => vault.unwrap(userSlot(vault, 'alice'), ALICE_PASSWORD), 'SLOT_TAMPERED', /damaged or has been altered/);
    expect(readFileSync(vault.file).equals(before)).toBe(true);
    // The other slots still open the database.
    expect((await vault.unwrap(userSlot(vault, 'bob'), BOB_PASSWORD)).equals(masterKey)).toBe(true);
  });

  it('open with the recovery key however it is typed: dashes, spaces, lower case', async () => {
    const vault = freshVault();
    const recovery = vault.recoverySlot();
    if (!recovery) throw new Error('no recovery slot');
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    expect(normalizeRecoveryKey(typed)).toBe(recoveryKey.replaceAll('-', ''));
    expect((await vault.unwrap(recovery, normalizeRecoveryKey(typed))).equals(masterKey)).toBe(true);
    await expectVaultError(() => vault.unwrap(recovery, normalizeRecoveryKey(generateRecoveryKey())), 'WRONG_SECRET', /recovery key is not correct/);
  });

  it('change one user’s password by re-wrapping only that slot', async () => {
    const vault = freshVault();
    const before = readVaultJson(vault.file);
    const newPassword = 'Thistle-Orbit-Lantern-05';
    vault.commitSlot(await vault.makeSlot({ kind: 'user', username: 'alice', secret: newPassword }, masterKey, NOW));

    const after = readVaultJson(vault.file);
    expect(after.slots).toHaveLength(3);
    for (const owner of ['bob', null]) expect(JSON.stringify(slotIn(after, owner))).toBe(JSON.stringify(slotIn(before, owner)));
    expect(slotIn(after, 'alice').salt).not.toBe(slotIn(before, 'alice').salt);
    expect((await vault.unwrap(userSlot(vault, 'alice'), newPassword)).equals(masterKey)).toBe(true);
    await expectVaultError(() => vault.unwrap(userSlot(vault, 'alice'), ALICE_PASSWORD), 'WRONG_SECRET', /password is not correct/);
  });
});

describe('vault.json', () => {
  it('is replaced atomically: no temp file is left after any change, and only the owner can read it', () => {
    const vault = freshVault();
    vault.updateUserSlot('alice', (s) => ({ ...s, failedLogins: [NOW.toISOString()] }));
    vault.appendPendingAudit({ ts: NOW.toISOString(), username: 'alice', action: 'auth.login', detail: 'wrong password' });
    expect(vault.takePendingAudit().events).toHaveLength(1);
    vault.removeUserSlot('bob');

    expect(readdirSync(path.dirname(vault.file))).toEqual(['vault.json']);
    expect(readVaultJson(vault.file).slots.map((s) => s.username)).toEqual(['alice', null]);
    if (process.platform !== 'win32') expect(statSync(vault.file).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, text.length / 2), /is not valid JSON; it may be damaged\. Restore it from a backup\./],
    ['another format', (text: string) => text.replace('"probation-desk-vault"', '"some-other-vault"'), /is damaged \(.+\)\. Restore it from a backup\./],
  ])('with %s is VAULT_CORRUPT with a clear message, and nothing overwrites it', async (_case, damage, message) => {
    const vault = freshVault();
    writeFileSync(vault.file, damage(readFileSync(vault.file, 'utf8')));
    const damaged = readFileSync(vault.file);

    await expectVaultError(() => vault.read(), 'VAULT_CORRUPT', message);
    await expectVaultError(() => vault.findUserSlot('alice'), 'VAULT_CORRUPT', message);
    await expectVaultError(() => vault.appendPendingAudit({ ts: NOW.toISOString(), username: 'alice', action: 'auth.login', detail: '' }), 'VAULT_CORRUPT', message);
    await expectVaultError(() => vault.initialize(startSlots, NOW), 'SLOT_EXISTS', /already exists/);
    expect(readFileSync(vault.file).equals(damaged)).toBe(true);
    expect(readdirSync(path.dirname(vault.file))).toEqual(['vault.json']);
  });

  it('is written by office set-up with the real KDF default in every slot', async () => {
    const sessions = new SessionManager({ dataDir: tempDir('office'), migrationsFolder: MIGRATIONS_FOLDER });
    try {
      await sessions.setup(SETUP_INPUT);
      const slots = readVaultJson(sessions.vault.file).slots;
      expect(slots.map((s) => s.kind).sort()).toEqual(['recovery', 'user']);
      for (const slot of slots) expect(slot.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    } finally {
      sessions.shutdown();
    }
  });
});

describe('one damaged slot', () => {
  it('never stops the other users or the recovery key, is reported, and is replaced by a new slot for its owner', async () => {
    const vault = freshVault();
    const onDisk = readVaultJson(vault.file);
    delete (onDisk.slots[1] as Partial<KeySlot>).tag;
    writeFileSync(vault.file, JSON.stringify(onDisk));

    expect(vault.read().damagedSlots).toMatchObject([{ kind: 'user', username: 'bob', problem: expect.stringMatching(/^tag: /) }]);
    expect((await vault.unwrap(userSlot(vault, 'alice'), ALICE_PASSWORD)).equals(masterKey)).toBe(true);
    expect((await vault.unwrap(vault.recoverySlot()!, normalizeRecoveryKey(recoveryKey))).equals(masterKey)).toBe(true);
    expect(vault.findUserSlot('bob')).toBeUndefined();

    vault.updateUserSlot('alice', (s) => ({ ...s, failedLogins: [NOW.toISOString()] }));
    expect(readVaultJson(vault.file).slots).toHaveLength(3);
    vault.commitSlot(await vault.makeSlot({ kind: 'user', username: 'bob', secret: BOB_PASSWORD }, masterKey, NOW));
    expect(vault.read().damagedSlots).toEqual([]);
    expect((await vault.unwrap(userSlot(vault, 'bob'), BOB_PASSWORD)).equals(masterKey)).toBe(true);
  });
});

describe('pending audit events', () => {
  it('are validated field by field: planted or garbled entries are dropped and counted', () => {
    const vault = freshVault();
    vault.appendPendingAudit({ ts: NOW.toISOString(), username: 'alice', action: 'auth.login', detail: 'wrong password' });
    const onDisk = readVaultJson(vault.file) as unknown as { pendingAudit: unknown[] };
    onDisk.pendingAudit.push(
      { ts: 'yesterday', username: 'alice', action: 'auth.login', detail: 'x' },
      { ts: NOW.toISOString(), username: 'alice', action: 'user.delete', detail: 'x' },
      { ts: NOW.toISOString(), username: 'Robert"); DROP', action: 'auth.login', detail: 'x' },
      { ts: NOW.toISOString(), username: 'alice', action: 'auth.login', detail: 'line\nbreak' },
      'not an object',
    );
    writeFileSync(vault.file, JSON.stringify(onDisk));
    const batch = vault.takePendingAudit();
    expect(batch).toEqual({ events: [{ ts: NOW.toISOString(), username: 'alice', action: 'auth.login', detail: 'wrong password' }], rejected: 5 });
    expect(readVaultJson(vault.file).pendingAudit).toEqual([]);
  });
});

describe('key rotation in the vault', () => {
  it("re-seals every slot to a new key without anyone's password", async () => {
    const vault = freshVault();
    const newKey = randomBytes(32);
    vault.replace(vault.resealed(newKey, NOW));
    expect((await vault.unwrap(userSlot(vault, 'alice'), ALICE_PASSWORD)).equals(newKey)).toBe(true);
    expect((await vault.unwrap(userSlot(vault, 'bob'), BOB_PASSWORD)).equals(newKey)).toBe(true);
    expect((await vault.unwrap(vault.recoverySlot()!, normalizeRecoveryKey(recoveryKey))).equals(newKey)).toBe(true);
    expect(vault.read().keyRotatedAt).toBe(NOW.toISOString());
  });
});
