import { describe, expect, it } from 'vitest';
import { daysAgo, fullIntakeInput, rowCounts } from '../fixtures/intakeInput';
import { staffedOffice, type StaffedOffice } from '../fixtures/staffedOffice';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

/** An office with one of Olivia's clients, in the given starting status; Olivia is signed in. */
async function officeWithClient(status: 'intake' | 'active' = 'active'): Promise<StaffedOffice & { clientId: number }> {
  const staffed = await staffedOffice(offices);
  await staffed.actAs('olivia');
  const input = fullIntakeInput(staffed.staff.olivia.id);
  input.assignment.status = status;
  const { id } = await staffed.office.call('clients.intake', input);
  return { ...staffed, clientId: id };
}

const change = (clientId: number, status: string, extra: object = {}) => ({ clientId, status, effectiveDate: daysAgo(0), ...extra });

describe('the status lifecycle', () => {
  it('goes from intake to active, through warrant, custody and absconding, to closed, keeping every step', async () => {
    const { office, actAs, clientId } = await officeWithClient('intake');
    for (const status of ['active', 'warrant', 'in_custody', 'active', 'absconded'] as const) {
      expect(await office.call('clients.setStatus', { clientId, status, effectiveDate: daysAgo(0) })).toMatchObject({ toStatus: status });
    }
    await office.call('clients.setStatus', { clientId, status: 'closed', effectiveDate: daysAgo(0), closureReason: 'revoked', reason: 'Revoked at hearing' });

    const profile = await office.call('clients.get', { clientId });
    expect(profile.client).toMatchObject({ status: 'closed', closureReason: 'revoked', closedOn: daysAgo(0) });
    expect(profile.statusHistory.map((h) => `${h.fromStatus}→${h.toStatus}`)).toEqual([
      'absconded→closed',
      'active→absconded',
      'in_custody→active',
      'warrant→in_custody',
      'active→warrant',
      'intake→active',
      'null→intake',
    ]);
    expect(profile.statusHistory[0].reason).toBe('Revoked at hearing');

    await actAs('admin');
    const { rows } = await office.call('audit.list', { filter: { action: 'client.status' } });
    expect(rows[0]).toMatchObject({ entityId: String(clientId), detail: 'absconded → closed (revoked)' });
    expect(rows.filter((r) => /hearing/.test(r.detail))).toEqual([]);
  });

  it.each([
    ['intake', 'warrant', 'CONFLICT', 'status', /cannot become warrant; from intake the status can change to: active, closed/],
    ['active', 'active', 'CONFLICT', 'status', /already active/],
    ['active', 'intake', 'CONFLICT', 'status', /cannot become intake/],
  ] as const)('refuses %s → %s and writes nothing', async (from, to, code, field, message) => {
    const { office, clientId } = await officeWithClient(from);
    const before = rowCounts(office);
    expect(await office.fail('clients.setStatus', change(clientId, to))).toMatchObject({ code, field, message: expect.stringMatching(message) });
    expect(rowCounts(office)).toEqual(before);
  });

  it('needs a closure reason to close, and a date that has come', async () => {
    const { office, clientId } = await officeWithClient();
    expect(await office.fail('clients.setStatus', change(clientId, 'closed'))).toMatchObject({ code: 'VALIDATION', field: 'closureReason' });
    expect(await office.fail('clients.setStatus', { ...change(clientId, 'warrant'), effectiveDate: '2999-01-01' })).toMatchObject({ code: 'VALIDATION', field: 'effectiveDate' });
  });
});

describe('reopening a closed case', () => {
  async function closedCase() {
    const staffed = await officeWithClient();
    await staffed.office.call('clients.setStatus', { clientId: staffed.clientId, status: 'closed', effectiveDate: daysAgo(0), closureReason: 'completed' });
    return staffed;
  }

  it('is refused to the officer, by the status channel and by reopen', async () => {
    const { office, clientId } = await closedCase();
    expect(await office.fail('clients.setStatus', change(clientId, 'active'))).toMatchObject({
      code: 'CONFLICT',
      field: 'status',
      message: expect.stringMatching(/supervisor or administrator can reopen/),
    });
    expect(await office.fail('clients.reopen', { clientId, effectiveDate: daysAgo(0), reason: 'New information' })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('is done by a supervisor with a reason, and clears the closure', async () => {
    const { office, actAs, clientId } = await closedCase();
    await actAs('sam');
    expect(await office.fail('clients.reopen', { clientId, effectiveDate: daysAgo(0), reason: ' ' })).toMatchObject({ code: 'VALIDATION', field: 'reason' });

    const row = await office.call('clients.reopen', { clientId, effectiveDate: daysAgo(0), reason: 'Closed in error' });
    expect(row).toMatchObject({ fromStatus: 'closed', toStatus: 'active', reason: 'Closed in error' });
    expect((await office.call('clients.get', { clientId })).client).toMatchObject({ status: 'active', closureReason: null, closedOn: null });
    expect(await office.fail('clients.reopen', { clientId, effectiveDate: daysAgo(0), reason: 'Again' })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/Only a closed case/),
    });
  });
});
