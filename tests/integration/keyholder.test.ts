import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { rekeyDatabase, ROTATION_JOURNAL, writeRotationJournal } from '../../db/keyRotation';
import { openEncryptedDatabase } from '../../db/open';
import { GENESIS_HASH, hashAuditRow } from '../../electron/services/audit/auditChain';
import { CHECKPOINT_FILE, defaultCheckpointFolder } from '../../electron/services/audit/auditCheckpoints';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import type { AuditRow } from '../../db/schema';
import { useTempDirs } from '../fixtures/tempDirs';
import { ADMIN_PASSWORD, FAST_KDF_ITERATIONS, MIGRATIONS_FOLDER, NEW_PASSWORD, useTempOffices, type TempOffice } from '../fixtures/tempOffice';

const offices = useTempOffices();
const tempDir = useTempDirs();
const checkpointFolders: string[] = [];
afterEach(() => {
  for (const folder of checkpointFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function office(): Promise<TempOffice> {
  const made = await offices.setUp();
  checkpointFolders.push(defaultCheckpointFolder(made.dataDir));
  return made;
}

const opensWith = (o: TempOffice, key: Buffer) => {
  try {
    openEncryptedDatabase(o.databaseFile, { key, migrationsFolder: MIGRATIONS_FOLDER }).sqlite.close();
    return true;
  } catch {
    return false;
  }
};

const reopen = (o: TempOffice) => new SessionManager({ dataDir: o.dataDir, migrationsFolder: MIGRATIONS_FOLDER, kdfIterations: FAST_KDF_ITERATIONS });

describe('database key rotation', () => {
  it('on request: the old key no longer opens the database; every remaining user and the recovery key still get in', async () => {
    const o = offices.create();
    checkpointFolders.push(defaultCheckpointFolder(o.dataDir));
    const recoveryKey = await o.setUp();
    await o.addUser('olivia');
    expect((await o.call('security.status', {})).keyRotatedAt).toBeNull();
    const oldKey = o.masterKey();

    const status = await o.call('security.rotateKey', {});
    expect(status.keyRotatedAt).not.toBeNull();
    expect(opensWith(o, oldKey)).toBe(false);
    expect(opensWith(o, o.masterKey())).toBe(true);
    // The session goes on with the new key: a new account made now can sign in.
    await o.addUser('oscar');
    o.sessions.logout();
    expect((await o.activate('olivia')).state).toBe('active');
    expect((await o.activate('oscar')).state).toBe('active');
    expect((await o.call('auth.recover', { recoveryKey, username: 'admin', newPassword: NEW_PASSWORD })).state).toBe('active');
    expect((await o.call('audit.list', { filter: { action: 'security.rotateKey' } })).rows[0]).toMatchObject({ outcome: 'success', detail: 'requested by an administrator' });
  });

  it('after a deactivation, so the key the departed user may have copied stops working', async () => {
    const o = await office();
    const olivia = await o.addUser('olivia');
    const oldKey = o.masterKey();
    await o.call('users.deactivate', { id: olivia.id });
    expect(opensWith(o, oldKey)).toBe(false);
    expect((await o.call('audit.list', { filter: { action: 'security.rotateKey' } })).rows[0].detail).toBe('account olivia deactivated');
  });

  it.each([
    ['after the rekey committed and before the vault was written', true],
    ['before the rekey committed', false],
  ])('survives a power cut %s: the next sign-in finishes the rotation', async (_when, rekeyed) => {
    const o = await office();
    const oldKey = o.masterKey();
    const { keys } = o.sessions.requireActive();
    const newKey = Buffer.alloc(32, 7);
    writeRotationJournal(keys.vault, oldKey, newKey);
    if (rekeyed) rekeyDatabase(keys.database, newKey);
    // The power cut: the program stops with the vault still sealed to the old key and the journal on disk.
    o.sessions.logout();
    const after = reopen(o);
    try {
      expect((await after.login('admin', ADMIN_PASSWORD)).state).toBe('active');
      expect(existsSync(path.join(o.dataDir, ROTATION_JOURNAL))).toBe(false);
      expect(opensWith(o, newKey)).toBe(true);
      expect(opensWith(o, oldKey)).toBe(false);
      expect(after.vault.read().keyRotatedAt).not.toBeNull();
    } finally {
      after.shutdown();
    }
  });
});

/** What a keyholder can do outside the app: change rows with the raw key and re-hash the chain from there. */
function rehashFrom(sqlite: Database.Database, fromId: number) {
  const rows = sqlite
    .prepare(
      'SELECT id, ts, user_id AS userId, username, action, entity, entity_id AS entityId, outcome, detail, workstation, prev_hash AS prevHash, hash FROM audit_log ORDER BY id',
    )
    .all() as AuditRow[];
  let prev = GENESIS_HASH;
  for (const row of rows) {
    if (row.id >= fromId) {
      const hash = hashAuditRow({ ...row, prevHash: prev });
      sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, row.id);
      row.hash = hash;
    }
    prev = row.hash;
  }
  const last = rows.at(-1)!;
  sqlite.prepare('UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1').run(last.id, prev);
}

describe('audit checkpoints outside the data folder', () => {
  it('are written at sign-out to a private folder beside the data folder', async () => {
    const o = await office();
    o.sessions.logout();
    const folder = defaultCheckpointFolder(o.dataDir);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(folder, CHECKPOINT_FILE)).mode & 0o777).toBe(0o600);
    const [line] = readFileSync(path.join(folder, CHECKPOINT_FILE), 'utf8').trim().split('\n');
    expect(JSON.parse(line)).toMatchObject({ rows: expect.any(Number), head: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it.each([
    [
      'an edited row, re-hashed',
      (db: Database.Database) => {
        db.prepare("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 2").run();
        rehashFrom(db, 2);
      },
      'rehashed',
    ],
    [
      'deleted rows, re-hashed',
      (db: Database.Database) => {
        db.prepare('DELETE FROM audit_log WHERE id >= 3').run();
        rehashFrom(db, 1);
      },
      'deleted',
    ],
  ])('catch %s with the raw key, which the chain alone calls intact', async (_case, tamper, problem) => {
    const o = await office();
    const folder = tempDir('checkpoints');
    await o.call('settings.updateSecurity', { idleLockMinutes: 15, auditCheckpointFolder: folder });
    o.sessions.logout();
    await o.signInAsAdmin();
    tamper(o.openRaw());
    const result = await o.call('audit.verify', {});
    expect(result).toMatchObject({ ok: false, problem, checkpoint: { folder } });
    expect(result.message).toMatch(/database key/);
    // Without the checkpoint the re-hashed chain passes: that is what the checkpoint adds.
    rmSync(path.join(folder, CHECKPOINT_FILE));
    expect(await o.call('audit.verify', {})).toMatchObject({ ok: true, checkpoint: null });
  });

  it('report an intact chain against the last checkpoint', async () => {
    const o = await office();
    o.sessions.logout();
    await o.signIn('admin', ADMIN_PASSWORD);
    expect(await o.call('audit.verify', {})).toMatchObject({ ok: true, checkpoint: { folder: defaultCheckpointFolder(o.dataDir) } });
  });
});
