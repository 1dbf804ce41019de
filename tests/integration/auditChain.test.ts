import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase, type OpenDatabase } from '../../db/open';
import { GENESIS_HASH, hashAuditRow, recordAudit, verifyChain } from '../../electron/services/audit/auditChain';
import { useTempDirs } from '../fixtures/tempDirs';
import { MIGRATIONS_FOLDER } from '../fixtures/tempOffice';

const tempDir = useTempDirs();
// Registered after useTempDirs, so (hooks run in reverse) databases close before their folders go.
const opened: OpenDatabase[] = [];
afterEach(() => {
  for (const open of opened.splice(0)) open.sqlite.close();
});

/** A fresh encrypted database whose audit log holds `rows` rows written by recordAudit. */
function chainOf(rows: number): OpenDatabase {
  const open = openEncryptedDatabase(path.join(tempDir('audit'), 'probation.db'), { key: randomBytes(32), migrationsFolder: MIGRATIONS_FOLDER });
  opened.push(open);
  appendRows(open, 1, rows);
  return open;
}

function appendRows(open: OpenDatabase, first: number, last: number) {
  for (let i = first; i <= last; i++) {
    recordAudit(open.db, {
      action: 'client.view',
      entity: 'client',
      entityId: i,
      detail: `row ${i}`,
      actor: { id: 1, username: 'olivia' },
      ts: new Date(Date.UTC(2025, 2, 3, 9, i)),
    });
  }
}

describe('the audit chain', () => {
  it('verifies when fresh, and when empty', () => {
    expect(verifyChain(chainOf(0).db)).toMatchObject({ ok: true, rowsChecked: 0 });
    const { sqlite, db } = chainOf(5);
    expect(verifyChain(db)).toEqual({ ok: true, rowsChecked: 5, message: 'All 5 audit rows verified: the chain is intact.' });

    const rows = sqlite.prepare('SELECT id, prev_hash AS prevHash, hash FROM audit_log ORDER BY id').all() as { id: number; prevHash: string; hash: string }[];
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0].prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    expect(sqlite.prepare('SELECT last_id AS lastId, last_hash AS lastHash FROM audit_head').get()).toEqual({ lastId: 5, lastHash: rows[4].hash });
  });

  it('verifies rows written before workstations were recorded followed by rows naming theirs, and detects a workstation changed', () => {
    const file = path.join(tempDir('audit'), 'probation.db');
    const key = randomBytes(32);
    const before = openEncryptedDatabase(file, { key, migrationsFolder: MIGRATIONS_FOLDER });
    appendRows(before, 1, 3);
    before.sqlite.close();
    const after = openEncryptedDatabase(file, { key, migrationsFolder: MIGRATIONS_FOLDER, workstation: 'Front desk' });
    opened.push(after);
    appendRows(after, 4, 5);

    expect(after.sqlite.prepare('SELECT workstation FROM audit_log ORDER BY id').pluck().all()).toEqual([null, null, null, 'Front desk', 'Front desk']);
    expect(verifyChain(after.db)).toMatchObject({ ok: true, rowsChecked: 5 });
    after.sqlite.exec("UPDATE audit_log SET workstation = 'Back office' WHERE id = 4");
    expect(verifyChain(after.db)).toMatchObject({ ok: false, problem: 'edited', atId: 4 });
  });

  it('detects a workstation added to a row written without one', () => {
    const { sqlite, db } = chainOf(3);
    sqlite.exec("UPDATE audit_log SET workstation = 'Front desk' WHERE id = 2");
    expect(verifyChain(db)).toMatchObject({ ok: false, problem: 'edited', atId: 2 });
  });

  it.each([
    ['its detail', "UPDATE audit_log SET detail = 'nothing to see' WHERE id = 3"],
    ['its outcome', "UPDATE audit_log SET outcome = 'failure' WHERE id = 3"],
    ['its user', "UPDATE audit_log SET username = 'someone_else' WHERE id = 3"],
  ])('reports a row whose %s was edited as "edited" at that row', (_case, statement) => {
    const { sqlite, db } = chainOf(5);
    sqlite.exec(statement);
    expect(verifyChain(db)).toMatchObject({ ok: false, problem: 'edited', atId: 3, rowsChecked: 2 });
  });

  it('reports a row deleted from the middle as "deleted"', () => {
    const { sqlite, db } = chainOf(5);
    sqlite.exec('DELETE FROM audit_log WHERE id = 3');
    expect(verifyChain(db)).toMatchObject({ ok: false, problem: 'deleted', atId: 3, message: expect.stringMatching(/rows were deleted/) });
  });

  it('reports a forged row added at the end, even with a correctly computed hash, as "inserted"', () => {
    const { sqlite, db } = chainOf(5);
    const last = sqlite.prepare('SELECT hash FROM audit_log WHERE id = 5').pluck().get() as string;
    const forged = {
      id: 6,
      ts: '2025-03-03T10:00:00.000Z',
      userId: 1,
      username: 'olivia',
      action: 'auth.login',
      entity: 'user',
      entityId: '1',
      outcome: 'success' as const,
      detail: '',
      workstation: null,
      prevHash: last,
    };
    sqlite
      .prepare(
        `INSERT INTO audit_log (id, ts, user_id, username, action, entity, entity_id, outcome, detail, prev_hash, hash)
         VALUES (@id, @ts, @userId, @username, @action, @entity, @entityId, @outcome, @detail, @prevHash, @hash)`,
      )
      .run({ ...forged, hash: hashAuditRow(forged) });
    expect(verifyChain(db)).toMatchObject({ ok: false, problem: 'inserted', atId: 6 });
  });

  it('reports rows cut off the end as "truncated"', () => {
    const { sqlite, db } = chainOf(5);
    sqlite.exec('DELETE FROM audit_log WHERE id >= 4');
    expect(verifyChain(db)).toMatchObject({ ok: false, problem: 'truncated', atId: 4, rowsChecked: 3 });
  });

  it('reports the whole log deleted as "truncated"', () => {
    const { sqlite, db } = chainOf(3);
    sqlite.exec('DELETE FROM audit_log');
    expect(verifyChain(db)).toMatchObject({ ok: false, problem: 'truncated', atId: 1 });
  });
});
