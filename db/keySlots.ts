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
import { promisify } from 'node:util';
import { VaultError, normalizeUsername, type KeySlot, type SealedKey } from './vaultFormat';

/**
 * Key-slot wrapping and unwrapping: each slot holds an X25519 private key wrapped with AES-256-GCM under a
 * key derived from one user's password (or the office recovery key), and the master key sealed to its public
 * key. Pure cryptography; the Vault class stores the slots.
 */

const pbkdf2Async = promisify(pbkdf2);

/** FIPS-approved KDF; stored per slot so the count can be raised for new slots without breaking old ones. */
export const DEFAULT_KDF_ITERATIONS = 600_000;
const KEY_CHECK_LABEL = 'probation-desk key check v1';
const SEAL_LABEL = 'probation-desk sealed master key v2';

type SlotIdentity = Pick<KeySlot, 'id' | 'kind' | 'username'>;

function slotAad(slot: SlotIdentity) {
  return Buffer.from(`${slot.id}|${slot.kind}|${slot.username ?? ''}`);
}

export async function deriveKey(secret: string, salt: Buffer, iterations: number) {
  return pbkdf2Async(Buffer.from(secret.normalize('NFKC'), 'utf8'), salt, iterations, 32, 'sha256');
}

const keyCheckOf = (derived: Buffer) => createHmac('sha256', derived).update(KEY_CHECK_LABEL).digest();

export type NewSlot = { kind: 'user'; username: string; secret: string } | { kind: 'recovery'; secret: string };

/** A new slot for a user or the recovery key, holding masterKey; the Vault stores it with commitSlot. */
export async function makeKeySlot(slot: NewSlot, masterKey: Buffer, iterations: number, now: Date): Promise<KeySlot> {
  const salt = randomBytes(16);
  const derived = await deriveKey(slot.secret, salt, iterations);
  const base = { id: randomUUID(), kind: slot.kind, username: slot.kind === 'user' ? normalizeUsername(slot.username) : null };
  return {
    ...base,
    salt: salt.toString('base64'),
    kdf: { algorithm: 'pbkdf2-sha256', iterations },
    ...sealedSlotFields(base, derived, masterKey),
    keyCheck: keyCheckOf(derived).toString('base64'),
    createdAt: now.toISOString(),
    failedLogins: [],
    lockedAt: null,
  };
}

/**
 * Unwraps the master key, with the password-derived key (a slot written before key rotation existed needs it
 * to be given a key pair); a wrong secret and a tampered slot give different, clear errors.
 */
export async function unwrapKeySlot(slot: KeySlot, secret: string): Promise<{ key: Buffer; derived: Buffer }> {
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
  return { key, derived };
}

/** The slot with a new master key sealed to its public key (a rotation); the slot must have a key pair. */
export function resealSlot(slot: KeySlot, newKey: Buffer): KeySlot {
  return { ...slot, sealedKey: seal(createPublicKey({ key: Buffer.from(slot.publicKey!, 'base64'), format: 'der', type: 'spki' }), slot, newKey) };
}

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

function unseal(privateKey: KeyObject, slot: SlotIdentity, sealed: SealedKey) {
  const ephemeralDer = Buffer.from(sealed.ephemeralKey, 'base64');
  const publicKey = createPublicKey({ key: ephemeralDer, format: 'der', type: 'spki' });
  return gcmOpen(sealingKey(diffieHellman({ privateKey, publicKey }), ephemeralDer), slot, sealed, ephemeralDer);
}

/** A fresh key pair for the slot: the private key wrapped under the password-derived key, the master key sealed to the public one. */
export function sealedSlotFields(slot: SlotIdentity, derived: Buffer, masterKey: Buffer) {
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
