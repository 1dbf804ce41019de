import { AUDIT_ACTIONS, AUDIT_KINDS, type AuditAction } from '../../electron/api/audit/auditActions';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../electron/services/audit/auditChain';
import { ManualClock } from '../fixtures/clock';
import { SETUP_INPUT, TEMP_PASSWORD, useTempOffices, type TempOffice } from '../fixtures/tempOffice';
import { readVaultJson } from '../fixtures/vaultFile';

const offices = useTempOffices();

const CSV_HEADER = 'id,ts,userId,username,action,entity,entityId,outcome,detail,workstation,prevHash,hash';

/** Rows other than the audit.list rows that reading the log adds. */
async function auditTotal(office: TempOffice) {
  const all = (await office.call('audit.list', { filter: {} })).total;
  const reads = (await office.call('audit.list', { filter: { action: 'audit.list' } })).total;
  return all - reads;
}

async function newestRow(office: TempOffice, action: string) {
  const { rows } = await office.call('audit.list', { filter: { action }, pageSize: 10 });
  return rows[0];
}

describe('the audit trail', () => {
  it('records set-up, and each user and settings change, with field names but never their values', async () => {
    const clock = new ManualClock();
    const office = await offices.setUp({ now: clock.now });
    const admin = office.sessions.status().user!;
    const { rows: setupRows } = await office.call('audit.list', { filter: {} });
    expect(setupRows.map((r) => r.action).reverse()).toEqual(['office.setup', 'user.create', 'auth.login']);

    clock.advanceMinutes(5);
    await office.call('settings.updateOffice', { ...SETUP_INPUT.office, name: 'Renamed County Probation', phone: '555-0199' });
    const settingsRow = await newestRow(office, 'settings.update');
    expect(settingsRow).toMatchObject({
      entity: 'settings',
      entityId: 'office',
      detail: 'changed: name, phone',
      outcome: 'success',
      userId: admin.id,
      ts: clock.now().toISOString(),
    });
    expect(settingsRow.detail).not.toContain('Renamed');

    const olivia = await office.addUser('olivia');
    expect(await newestRow(office, 'user.create')).toMatchObject({ entity: 'user', entityId: String(olivia.id), detail: 'role: officer', username: 'admin' });
    await office.call('users.update', { id: olivia.id, fullName: 'Olivia Renamed', title: 'Senior Officer', role: 'officer' });
    expect(await newestRow(office, 'user.update')).toMatchObject({ entityId: String(olivia.id), detail: 'changed: fullName, title' });
    await office.call('users.deactivate', { id: olivia.id });
    expect(await newestRow(office, 'user.deactivate')).toMatchObject({ entityId: String(olivia.id) });

    expect(await office.call('audit.verify', {})).toMatchObject({ ok: true });
    expect(await newestRow(office, 'audit.verify')).toMatchObject({ detail: 'intact' });
  });

  it('writes nothing when the input is refused', async () => {
    const office = await offices.setUp();
    const before = await auditTotal(office);
    expect(await office.fail('settings.updateSecurity', { idleLockMinutes: 45 })).toMatchObject({ code: 'VALIDATION' });
    expect(await office.fail('users.create', { username: 'olivia', fullName: 'Olivia', role: 'boss', temporaryPassword: TEMP_PASSWORD })).toMatchObject({ code: 'VALIDATION' });
    expect(await auditTotal(office)).toBe(before);
    expect((await office.call('settings.get', {})).security.idleLockMinutes).toBe(15);
    expect(await office.call('users.list', {})).toHaveLength(1);
  });

  it('rolls the change back when its audit row cannot be written', async () => {
    const office = await offices.setUp();
    const before = await auditTotal(office);
    const raw = office.openRaw();
    raw.exec("CREATE TRIGGER audit_refuses BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END");

    expect(await office.fail('settings.updateOffice', { ...SETUP_INPUT.office, name: 'Never Saved' })).toMatchObject({ code: 'INTERNAL' });
    expect(await office.fail('users.create', { username: 'olivia', fullName: 'Olivia', role: 'officer', temporaryPassword: TEMP_PASSWORD })).toMatchObject({ code: 'INTERNAL' });

    raw.exec('DROP TRIGGER audit_refuses');
    expect((await office.call('settings.get', {})).office.name).toBe(SETUP_INPUT.office.name);
    expect((await office.call('users.list', {})).map((u) => u.username)).toEqual(['admin']);
    // The vault write comes last in the transaction, so no key slot was made for the user who was not created.
    expect(readVaultJson(office.vaultFile).slots.map((s) => s.username)).not.toContain('olivia');
    expect(await auditTotal(office)).toBe(before);
    expect((await office.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('the audit export', () => {
  it('is CSV with a header row, hashes included, and defuses cells a spreadsheet would run as formulas', async () => {
    const office = await offices.setUp();
    // A failed sign-in records the typed username; this one starts with "-".
    office.sessions.logout();
    await office.fail('auth.login', { username: '-oops', password: 'whatever-was-typed' });
    await office.signInAsAdmin();
    recordAudit(office.sessions.requireActive().ctx.db, { action: 'test.formula', detail: '=HYPERLINK("http://x.test","y")', actor: null, ts: new Date() });

    const exported = await office.call('audit.export', { filter: {} });
    expect(exported.filename).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = exported.content.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(exported.rows + 1);
    expect(exported.content).toContain(`,"'=HYPERLINK(""http://x.test"",""y"")",`);
    expect(exported.content).toContain(",'-oops,");
    // No cell starts with a formula character.
    expect(exported.content).not.toMatch(/(^|,)[=+\-@]/m);

    const { rows } = await office.call('audit.list', { filter: {}, pageSize: 500 });
    const firstRow = lines[1].split(',');
    expect(firstRow[0]).toBe('1');
    expect(firstRow[firstRow.length - 1]).toBe(rows[rows.length - 1].hash);
    expect((await newestRow(office, 'audit.export')).detail).toBe(`${exported.rows} rows`);
  });
});

describe('reading the audit log', () => {
  it('is audited with who looked, the filter and the page', async () => {
    const office = await offices.setUp();
    await office.call('audit.list', { filter: { action: 'auth.login' }, page: 2, pageSize: 10 });
    expect(await newestRow(office, 'audit.list')).toMatchObject({ username: 'admin', detail: expect.stringMatching(/^filter \{"action":"auth\.login"\}; page 2; /) });
  });

  it('filters one action exactly, not every action its code begins', async () => {
    const office = await offices.setUp();
    const { db } = office.sessions.requireActive().ctx;
    for (const action of ['appointment.update', 'appointment.updateFollowing', 'appointment.update']) recordAudit(db, { action, detail: '', actor: null, ts: new Date() });
    const { rows, total } = await office.call('audit.list', { filter: { action: 'appointment.update' } });
    expect(total).toBe(2);
    expect(new Set(rows.map((row) => row.action))).toEqual(new Set(['appointment.update']));
    const exported = await office.call('audit.export', { filter: { action: 'appointment.update' } });
    expect(exported.rows).toBe(2);
    // The kind still takes the whole group: both edits are changes.
    const changes = await office.call('audit.list', { filter: { kind: 'change' } });
    expect(changes.rows.filter((row) => row.action.startsWith('appointment.')).map((row) => row.action)).toEqual([
      'appointment.update',
      'appointment.updateFollowing',
      'appointment.update',
    ]);
  });

  it('filters views and exports apart from changes and sign-ins', async () => {
    const office = await offices.setUp();
    await office.call('settings.updateOffice', { ...SETUP_INPUT.office, name: 'Renamed County Probation' });
    await office.call('audit.list', { filter: {} });
    const kindOf = (action: string) => AUDIT_ACTIONS[action as AuditAction]?.kind;
    for (const kind of AUDIT_KINDS) {
      const { rows } = await office.call('audit.list', { filter: { kind }, pageSize: 500 });
      expect(rows.length, kind).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => kindOf(row.action)))).toEqual(new Set([kind]));
    }
  });
});
