import { describe, expect, it } from 'vitest';
import { daysAgo, fullIntakeInput, PNG_BYTES, rowCounts } from '../fixtures/intakeInput';
import { staffedOffice } from '../fixtures/staffedOffice';
import { useTempOffices, type TempOffice } from '../fixtures/tempOffice';

const offices = useTempOffices();

/** One of Olivia's clients, with Olivia signed in. */
async function officeWithClient() {
  const staffed = await staffedOffice(offices);
  await staffed.actAs('olivia');
  const input = fullIntakeInput(staffed.staff.olivia.id);
  const { id } = await staffed.office.call('clients.intake', input);
  return { ...staffed, input, clientId: id, profile: () => staffed.office.call('clients.get', { clientId: id }) };
}

async function lastAudit(office: TempOffice, action: string) {
  return office.sessions.requireActive().ctx.db.query.auditLog.findFirst({ where: (log, { eq }) => eq(log.action, action), orderBy: (log, { desc }) => desc(log.id) });
}

describe('editing a client record', () => {
  it('updates identity, other names and identifiers together, stamps the change and audits the fields changed', async () => {
    const { office, staff, input, clientId, profile } = await officeWithClient();
    const identity = { ...input.identity, lastName: 'Whitaker-Hale', dateOfBirth: '1990-04-21' };
    const updated = await office.call('clients.updateIdentity', { clientId, identity, aliases: [], identifiers: [{ type: 'passport', value: 'P1234567', issuer: 'US' }] });
    expect(updated).toMatchObject({ lastName: 'Whitaker-Hale', updatedBy: staff.olivia.id });
    // The normalized name key matching and search use is the host's own: it is kept, never sent.
    expect(updated).not.toHaveProperty('lastNameKey');
    expect(office.openRaw().prepare('SELECT last_name_key FROM clients WHERE id = ?').pluck().get(clientId)).toBe('whitakerhale');

    const after = await profile();
    expect(after.aliases).toEqual([]);
    expect(after.identifiers).toMatchObject([{ type: 'passport', value: 'P1234567' }]);
    expect(await lastAudit(office, 'client.updateIdentity')).toMatchObject({
      entityId: String(clientId),
      detail: 'changed: lastName, dateOfBirth; 0 other name(s), 1 identifier(s)',
    });
    // The new name is what the duplicate check now finds.
    const matches = await office.call('clients.findDuplicates', { firstName: 'Jordan', lastName: 'Whitaker Hale', dateOfBirth: '1990-04-21' });
    expect(matches.map((m) => m.id)).toEqual([clientId]);
  });

  it('refuses an invalid edit with the field named and changes nothing', async () => {
    const { office, input, clientId } = await officeWithClient();
    const before = rowCounts(office);
    const tooYoung = { clientId, identity: { ...input.identity, dateOfBirth: daysAgo(365) }, aliases: [], identifiers: [] };
    expect(await office.fail('clients.updateIdentity', tooYoung)).toMatchObject({ code: 'VALIDATION', field: 'identity.dateOfBirth' });
    expect(await office.fail('clients.setPhoto', { clientId, photo: { mime: 'image/png', base64: 'bm90IGEgcGhvdG8gYXQgYWxs' } })).toMatchObject({
      code: 'VALIDATION',
      field: 'photo.base64',
    });
    expect(rowCounts(office)).toEqual(before);
  });

  it('replaces and removes the photo, and sets the safety alerts', async () => {
    const { office, clientId } = await officeWithClient();
    expect(await office.call('clients.setPhoto', { clientId, photo: { mime: 'image/png', base64: PNG_BYTES.toString('base64') } })).toMatchObject({
      hasPhoto: true,
      photoMime: 'image/png',
    });
    expect(await office.call('clients.photo', { clientId })).toEqual({ mime: 'image/png', base64: PNG_BYTES.toString('base64') });
    expect(await office.call('clients.setPhoto', { clientId, photo: null })).toMatchObject({ hasPhoto: false, photoMime: null });
    expect(await office.call('clients.photo', { clientId })).toBeNull();
    expect(await office.call('clients.updateSafetyAlerts', { clientId, safetyAlerts: 'Threatened staff on 3 March.' })).toMatchObject({
      safetyAlerts: 'Threatened staff on 3 March.',
    });
    expect((await lastAudit(office, 'client.updateSafetyAlerts'))?.detail).toBe('alerts set');
  });

  it('keeps address history: a move-out keeps the address, and verification records who and when', async () => {
    const { office, staff, clientId, profile } = await officeWithClient();
    const [current] = (await profile()).addresses;

    expect(await office.fail('clients.moveOutOfAddress', { addressId: current.id, movedOut: '2020-01-01' })).toMatchObject({ code: 'VALIDATION', field: 'movedOut' });
    await office.call('clients.moveOutOfAddress', { addressId: current.id, movedOut: daysAgo(3) });
    expect(await office.fail('clients.moveOutOfAddress', { addressId: current.id, movedOut: daysAgo(2) })).toMatchObject({ code: 'CONFLICT' });
    const added = await office.call('clients.addAddress', { clientId, address: { kind: 'residence', line1: '7 Orchard Way', city: 'Riverside', movedIn: daysAgo(3) } });
    const verified = await office.call('clients.verifyAddress', { addressId: added.id, verifiedOn: daysAgo(1) });
    expect(verified).toMatchObject({ verifiedOn: daysAgo(1), verifiedBy: staff.olivia.id });
    const corrected = await office.call('clients.updateAddress', {
      addressId: added.id,
      address: { kind: 'residence', line1: '7 Orchard Way', city: 'Riverbend', movedIn: daysAgo(3) },
    });
    expect(corrected).toMatchObject({ city: 'Riverbend', verifiedBy: staff.olivia.id });
    expect((await lastAudit(office, 'client.updateAddress'))?.detail).toBe(`address ${added.id}; changed: city`);

    const addresses = (await profile()).addresses;
    expect(addresses.map((a) => [a.line1, a.movedOut])).toEqual([
      ['7 Orchard Way', null],
      ['41 Elm Street', daysAgo(3)],
      ['9 Canal Road', '2021-05-31'],
    ]);
  });

  it('adds, corrects and removes contacts, keeping removed ones out of the profile', async () => {
    const { office, clientId, profile } = await officeWithClient();
    const attorney = await office.call('clients.addAssociate', { clientId, associate: { kind: 'attorney', name: 'Sam Ortiz', relationship: 'Public defender' } });
    await office.call('clients.updateAssociate', {
      associateId: attorney.id,
      associate: { kind: 'attorney', name: 'Sam Ortiz', relationship: 'Public defender', phone: '555-0111' },
    });
    expect((await lastAudit(office, 'client.updateAssociate'))?.detail).toBe(`contact ${attorney.id}; changed: phone`);
    await office.call('clients.removeAssociate', { associateId: attorney.id });

    expect((await profile()).associates.map((a) => a.name)).toEqual(['Riverside Tyre & Auto', 'Maria Whitaker']);
    expect(await office.fail('clients.removeAssociate', { associateId: attorney.id })).toMatchObject({ code: 'CONFLICT', field: 'associateId' });
    expect(await office.fail('clients.updateAssociate', { associateId: attorney.id, associate: { kind: 'attorney', name: 'X' } })).toMatchObject({ code: 'CONFLICT' });
  });

  it('adds and amends court cases with their offences, and conditions with their status', async () => {
    const { office, input, clientId, profile } = await officeWithClient();
    const courtCase = { ...input.courtCases[0], docketNumber: 'CR-2025-00042', offences: [{ description: 'Criminal damage', offenceClass: 'misdemeanor' as const }] };
    const added = await office.call('clients.addCourtCase', { clientId, courtCase });
    expect(added.offences).toMatchObject([{ description: 'Criminal damage', statute: '', offenceDate: null }]);

    expect(await office.fail('clients.updateCourtCase', { courtCaseId: added.id, courtCase: { ...courtCase, termStart: daysAgo(1), termEnd: daysAgo(5) } })).toMatchObject({
      code: 'VALIDATION',
      field: 'courtCase.termEnd',
    });
    const amended = await office.call('clients.updateCourtCase', {
      courtCaseId: added.id,
      courtCase: { ...courtCase, judge: 'Hon. T. Ames', offences: [...courtCase.offences, { description: 'Trespass', offenceClass: 'infraction' as const }] },
    });
    expect(amended.offences.map((o) => o.description)).toEqual(['Criminal damage', 'Trespass']);

    const condition = await office.call('clients.addCondition', {
      clientId,
      condition: { kind: 'special', type: 'curfew', text: 'Curfew 21:00–06:00', courtCaseId: added.id },
    });
    expect(await office.call('clients.setConditionStatus', { conditionId: condition.id, status: 'complied' })).toMatchObject({
      status: 'complied',
      statusChangedAt: expect.any(String),
    });
    await office.call('clients.updateCondition', { conditionId: condition.id, condition: { kind: 'special', type: 'curfew', text: 'Curfew 22:00–06:00', courtCaseId: added.id } });
    expect((await lastAudit(office, 'client.updateCondition'))?.detail).toBe(`condition ${condition.id}; changed: text`);

    const after = await profile();
    expect(after.courtCases.map((c) => c.docketNumber)).toEqual(['CR-2024-00871', 'CR-2025-00042']);
    expect(after.conditions.at(-1)).toMatchObject({ text: 'Curfew 22:00–06:00', status: 'complied', courtCaseId: added.id });
  });

  it("refuses a condition on another client's court case", async () => {
    const { office, staff, clientId } = await officeWithClient();
    const other = await office.call('clients.intake', fullIntakeInput(staff.olivia.id, { firstName: 'Robin' }));
    const othersCase = (await office.call('clients.get', { clientId: other.id })).courtCases[0];
    const condition = { kind: 'special' as const, type: 'other' as const, text: 'Anything', courtCaseId: othersCase.id };
    expect(await office.fail('clients.addCondition', { clientId, condition })).toMatchObject({ code: 'VALIDATION', field: 'condition.courtCaseId' });
  });

  it('updates the background, auditing only which topics changed', async () => {
    const { office, input, clientId } = await officeWithClient();
    const saved = await office.call('clients.updateBackground', { clientId, background: { ...input.background, employment: 'Lost his job in May.' } });
    expect(saved.employment).toBe('Lost his job in May.');
    expect((await lastAudit(office, 'client.updateBackground'))?.detail).toBe('changed: employment');
  });
});
