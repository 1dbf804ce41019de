import { describe, expect, it } from 'vitest';
import { daysAgo, fullIntakeInput, JPEG_BYTES } from '../fixtures/intakeInput';
import { staffedOffice } from '../fixtures/staffedOffice';
import { useTempOffices, type TempOffice } from '../fixtures/tempOffice';

const offices = useTempOffices();

/** An office where Oscar has one client; nobody is signed in afterwards. */
async function officeWithOscarsClient() {
  const staffed = await staffedOffice(offices);
  await staffed.actAs('oscar');
  const client = await staffed.office.call('clients.intake', fullIntakeInput(staffed.staff.oscar.id));
  const profile = await staffed.office.call('clients.get', { clientId: client.id });
  staffed.office.sessions.logout();
  return { ...staffed, clientId: client.id, addressId: profile.addresses[0].id, conditionId: profile.conditions[0].id };
}

async function auditRows(office: TempOffice, action: string) {
  return (await office.call('audit.list', { filter: { action }, pageSize: 500 })).rows;
}

describe('who may open a client', () => {
  it("refuses an officer every read and change of another officer's client, and audits the attempt", async () => {
    const { office, staff, actAs, clientId, addressId, conditionId } = await officeWithOscarsClient();
    await actAs('olivia');
    const attempts: [string, object, string][] = [
      ['clients.get', { clientId }, 'clientId'],
      ['clients.photo', { clientId }, 'clientId'],
      ['clients.updateSafetyAlerts', { clientId, safetyAlerts: '' }, 'clientId'],
      ['clients.setPhoto', { clientId, photo: null }, 'clientId'],
      ['clients.addAssociate', { clientId, associate: { kind: 'family', name: 'Someone' } }, 'clientId'],
      ['clients.moveOutOfAddress', { addressId, movedOut: daysAgo(0) }, 'addressId'],
      ['clients.setConditionStatus', { conditionId, status: 'complied' }, 'conditionId'],
      ['clients.setStatus', { clientId, status: 'warrant', effectiveDate: daysAgo(0) }, 'clientId'],
      ['assessments.reassess', { clientId, screening: { assessedOn: daysAgo(0), answers: {}, chosenLevel: 'low' } }, 'clientId'],
    ];
    for (const [channel, input, field] of attempts) {
      expect(await office.fail(channel, input), channel).toMatchObject({ code: 'FORBIDDEN', field, message: expect.stringMatching(/not on your caseload/) });
    }

    await actAs('admin');
    const refused = await auditRows(office, 'client.access');
    expect(refused).toHaveLength(attempts.length);
    expect(refused.every((r) => r.outcome === 'failure' && r.userId === staff.olivia.id && r.entityId === String(clientId))).toBe(true);
    expect(await auditRows(office, 'client.view')).toHaveLength(1);
  });

  it('lets supervisors and administrators open any client, team or not', async () => {
    const { office, actAs, clientId } = await officeWithOscarsClient();
    for (const who of ['sam', 'admin'] as const) {
      await actAs(who);
      expect((await office.call('clients.get', { clientId })).client.id).toBe(clientId);
    }
  });

  it('answers NOT_FOUND for a client that does not exist', async () => {
    const { office, actAs } = await officeWithOscarsClient();
    await actAs('sam');
    expect(await office.fail('clients.get', { clientId: 9999 })).toMatchObject({ code: 'NOT_FOUND', field: 'clientId' });
  });
});

describe('viewing a client', () => {
  it('writes a client.view row for every read of the profile and of the photo', async () => {
    const { office, staff, actAs, clientId } = await officeWithOscarsClient();
    await actAs('sam');
    await office.call('clients.get', { clientId });
    await office.call('clients.get', { clientId });
    expect(await office.call('clients.photo', { clientId })).toEqual({ mime: 'image/jpeg', base64: JPEG_BYTES.toString('base64') });

    await actAs('admin');
    const views = await auditRows(office, 'client.view');
    // Newest first: Sam's three reads, then Oscar's own after the intake.
    expect(views.map((r) => [r.userId, r.detail])).toEqual([
      [staff.sam.id, 'photo'],
      [staff.sam.id, 'profile'],
      [staff.sam.id, 'profile'],
      [staff.oscar.id, 'profile'],
    ]);
    expect(views.every((r) => r.entity === 'client' && r.entityId === String(clientId))).toBe(true);
  });
});

describe('transferring a client', () => {
  it('moves the client to another officer and audits from and to', async () => {
    const { office, staff, actAs, clientId } = await officeWithOscarsClient();
    await actAs('sam');
    const moved = await office.call('clients.transfer', { clientId, toOfficerId: staff.olivia.id });
    expect(moved).toMatchObject({ id: clientId, assignedOfficerId: staff.olivia.id, updatedBy: staff.sam.id });

    await actAs('admin');
    expect(await auditRows(office, 'client.transfer')).toMatchObject([
      { entityId: String(clientId), userId: staff.sam.id, detail: `from officer ${staff.oscar.id} to officer ${staff.olivia.id}` },
    ]);
    await actAs('olivia');
    expect((await office.call('clients.get', { clientId })).client.assignedOfficerName).toBe('olivia Testperson');
    await actAs('oscar');
    expect(await office.fail('clients.get', { clientId })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('is for supervisors and administrators only, and to an active officer other than the current one', async () => {
    const { office, staff, actAs, clientId } = await officeWithOscarsClient();
    await actAs('oscar');
    expect(await office.fail('clients.transfer', { clientId, toOfficerId: staff.olivia.id })).toMatchObject({ code: 'FORBIDDEN' });
    await actAs('admin');
    expect(await office.fail('clients.transfer', { clientId, toOfficerId: staff.oscar.id })).toMatchObject({ code: 'CONFLICT', field: 'toOfficerId' });
    expect(await office.fail('clients.transfer', { clientId, toOfficerId: staff.admin.id })).toMatchObject({ code: 'VALIDATION', field: 'toOfficerId' });
    expect(await auditRows(office, 'client.transfer')).toEqual([]);
  });
});
