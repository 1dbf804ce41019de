import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../electron/api/contract';
import { auditRowsOf, caseRecordOffice, drugTestInput, homeVisitNote, useSharedCaseRecordOffice, type CaseRecordOffice } from '../fixtures/caseRecord';
import { daysAgo } from '../fixtures/intakeInput';
import { expectRefusal } from '../fixtures/refusals';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
type Violation = ChannelInput<'violations.create'>['violation'];
type Response = ChannelInput<'violations.respond'>['response'];

/** A signed home-visit note and a drug test positive for cocaine, linked to it. */
async function evidence({ office, clientId }: CaseRecordOffice) {
  const note = await office.call('caseNotes.create', { clientId, note: homeVisitNote(), sign: true });
  const { test, suggestViolation } = await office.call('drugTests.create', { clientId, test: drugTestInput({ cocaine: 'positive' }, { noteId: note.id }) });
  expect(suggestViolation).toBe(true);
  return { note, test };
}

describe('a violation', () => {
  it('is recorded with its condition, evidence and severity, and keeps the history of responses to it', async () => {
    const staffed = await caseRecordOffice(offices);
    const { office, staff, clientId, conditionIds } = staffed;
    const { note, test } = await evidence(staffed);
    const earlier = await office.call('violations.create', { clientId, violation: { violationDate: daysAgo(40), description: 'Missed an office visit.', severity: 'minor' } });
    const input: Violation = {
      conditionId: conditionIds.drugTesting,
      violationDate: daysAgo(1),
      description: 'Tested positive for cocaine.',
      severity: 'Moderate',
      noteIds: [note.id],
      drugTestIds: [test.id],
    };
    const violation = await office.call('violations.create', { clientId, violation: input });
    // The severity is stored as the office's settings spell it.
    expect(violation).toMatchObject({ severity: 'moderate', status: 'open', conditionId: conditionIds.drugTesting, createdBy: staff.olivia.id });

    const respond = (response: Response) => office.call('violations.respond', { violationId: violation.id, response });
    await respond({ responseDate: daysAgo(1), responseType: 'written_warning', details: 'Warning letter handed over.' });
    expect((await office.call('violations.list', { clientId }))[0].status).toBe('responded');
    const sanction = await respond({ responseDate: daysAgo(0), responseType: 'graduated_sanction', sanction: 'CURFEW', details: '21:00 curfew for 30 days.' });
    expect(sanction).toMatchObject({ sanction: 'curfew', respondedBy: staff.olivia.id, clientId });
    await respond({ responseDate: daysAgo(0), responseType: 'violation_report_to_court' });

    const history = await office.call('violations.list', { clientId });
    expect(history.map((v) => [v.id, v.status])).toEqual([
      [violation.id, 'referred_to_court'],
      [earlier.id, 'open'],
    ]);
    expect(history[0]).toMatchObject({ noteIds: [note.id], drugTestIds: [test.id] });
    expect(history[0].responses.map((r) => r.responseType)).toEqual(['written_warning', 'graduated_sanction', 'violation_report_to_court']);
    expect((await office.call('caseNotes.get', { noteId: note.id })).violationIds).toEqual([violation.id]);

    await office.call('violations.setStatus', { violationId: violation.id, status: 'resolved' });
    expect(await office.fail('violations.setStatus', { violationId: violation.id, status: 'resolved' })).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(auditRowsOf(office, 'violation.respond').map((r) => r.detail.replace(/response \d+/, 'response'))).toEqual([
      `violation ${violation.id}; response; written_warning; status responded`,
      `violation ${violation.id}; response; graduated_sanction; status responded`,
      `violation ${violation.id}; response; violation_report_to_court; status referred_to_court`,
    ]);
    expect(auditRowsOf(office, 'violation.status').map((r) => r.detail)).toEqual([`violation ${violation.id}; referred_to_court → resolved`]);
    expect(() => office.openRaw().prepare('DELETE FROM violation_responses WHERE violation_id = ?').run(violation.id)).toThrow(/cannot be changed/);
  });

  it('can be corrected, its evidence replaced, with the fields changed audited', async () => {
    const staffed = await caseRecordOffice(offices);
    const { office, clientId } = staffed;
    const { note, test } = await evidence(staffed);
    const violation = await office.call('violations.create', {
      clientId,
      violation: { violationDate: daysAgo(2), description: 'Positive test.', severity: 'minor', drugTestIds: [test.id] },
    });
    const corrected = await office.call('violations.update', {
      violationId: violation.id,
      violation: { violationDate: daysAgo(1), description: 'Positive test.', severity: 'major', noteIds: [note.id], drugTestIds: [test.id] },
    });
    expect(corrected).toMatchObject({ severity: 'major', violationDate: daysAgo(1) });
    expect((await office.call('violations.list', { clientId }))[0]).toMatchObject({ noteIds: [note.id], drugTestIds: [test.id] });
    expect(auditRowsOf(office, 'violation.update').map((r) => r.detail)).toEqual([`violation ${violation.id}; changed: violationDate, severity; 1 note(s), 1 drug test(s)`]);
  });
});

describe("the office's enforcement settings", () => {
  it('name the severities and graduated sanctions officers choose from; administrators change them', async () => {
    const { office, actAs, clientId } = await caseRecordOffice(offices);
    expect((await office.call('settings.get', {})).enforcement).toEqual({
      severities: ['minor', 'moderate', 'major'],
      sanctions: ['increased reporting', 'curfew', 'community service hours', 'electronic monitoring', 'short jail stay'],
    });
    const policy = { severities: ['Level 1', 'Level 2', 'Level 3'], sanctions: ['Curfew', 'Day reporting'] };
    expect(await office.fail('settings.updateEnforcement', policy)).toMatchObject({ code: 'FORBIDDEN' });

    await actAs('admin');
    expect(await office.fail('settings.updateEnforcement', { ...policy, severities: ['Level 1', 'level 1'] })).toMatchObject({ code: 'VALIDATION', field: 'severities.1' });
    expect(await office.fail('settings.updateEnforcement', { ...policy, sanctions: [] })).toMatchObject({ code: 'VALIDATION', field: 'sanctions' });
    expect(await office.call('settings.updateEnforcement', policy)).toEqual(policy);
    expect(auditRowsOf(office, 'settings.update').at(-1)).toMatchObject({ entityId: 'enforcement', detail: 'changed: severities, sanctions' });

    await actAs('olivia');
    const violation = { violationDate: daysAgo(1), description: 'Missed curfew.', severity: 'moderate' };
    expect(await office.fail('violations.create', { clientId, violation })).toMatchObject({
      code: 'VALIDATION',
      field: 'violation.severity',
      message: "Choose one of the office's severities: Level 1, Level 2, Level 3.",
    });
    const created = await office.call('violations.create', { clientId, violation: { ...violation, severity: 'level 2' } });
    expect(created.severity).toBe('Level 2');
    const response = { responseDate: daysAgo(0), responseType: 'graduated_sanction' as const, sanction: 'electronic monitoring' };
    expect(await office.fail('violations.respond', { violationId: created.id, response })).toMatchObject({
      code: 'VALIDATION',
      field: 'response.sanction',
      message: expect.stringMatching(/Curfew, Day reporting/),
    });
  });
});

describe('violation validation', () => {
  const shared = useSharedCaseRecordOffice();
  const violation = (change: Partial<Violation> = {}): Violation => ({ violationDate: daysAgo(3), description: 'Missed an office visit.', severity: 'minor', ...change });

  it.each<[string, Partial<Violation>, string, RegExp]>([
    ['a severity the office does not use', { severity: 'catastrophic' }, 'violation.severity', /minor, moderate, major/],
    ['a violation dated tomorrow', { violationDate: daysAgo(-1) }, 'violation.violationDate', /cannot be in the future/],
    ['no description', { description: '' }, 'violation.description', /Enter the description/],
    ['a note that is not this client’s', { noteIds: [9999] }, 'violation.noteIds.0', /this client's notes/],
    ['a drug test that is not this client’s', { drugTestIds: [9999] }, 'violation.drugTestIds.0', /this client's drug tests/],
    ['a condition that is not this client’s', { conditionId: 9999 }, 'violation.conditionId', /this client's conditions/],
  ])('refuses %s, naming the field, and writes nothing', async (_case, change, field, message) => {
    const { office, clientId } = shared();
    await expectRefusal(office, 'violations.create', { clientId, violation: violation(change) }, { field, message });
  });

  it('refuses a response without the sanction it needs, with one it does not, or dated before the violation', async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const { id: violationId } = await office.call('violations.create', { clientId, violation: violation() });
    for (const [response, field, message] of [
      [{ responseDate: daysAgo(0), responseType: 'graduated_sanction' }, 'response.sanction', /Choose the graduated sanction/],
      [{ responseDate: daysAgo(0), responseType: 'verbal_warning', sanction: 'curfew' }, 'response.sanction', /only for a graduated sanction/],
      [{ responseDate: daysAgo(4), responseType: 'verbal_warning' }, 'response.responseDate', /before the violation/],
    ] as const) {
      await expectRefusal(office, 'violations.respond', { violationId, response }, { field, message });
    }
  });
});
