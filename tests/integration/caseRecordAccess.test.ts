import { describe, expect, it } from 'vitest';
import { auditRowsOf, caseRecordOffice, drugTestInput, officeVisitNote, useSharedCaseRecordOffice, type CaseRecordOffice } from '../fixtures/caseRecord';
import { daysAgo, rowCounts } from '../fixtures/intakeInput';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

/** One entry of each kind on Casey's record (Oscar's caseload); nobody is signed in afterwards. */
async function caseysRecord(staffed: CaseRecordOffice) {
  const { office, actAs, oscarsClientId: clientId } = staffed;
  await actAs('sam');
  const agency = await office.call('agencies.create', { agency: { name: 'Riverside Housing Trust', kind: 'housing' } });
  await actAs('oscar');
  const note = await office.call('caseNotes.create', { clientId, note: officeVisitNote() });
  const { test } = await office.call('drugTests.create', { clientId, test: drugTestInput({}, { sentForLab: true }) });
  const goal = await office.call('plan.addGoal', { clientId, goal: { needArea: 'housing', goal: 'Find a tenancy.' } });
  const referral = await office.call('referrals.create', { clientId, referral: { agencyId: agency.id, referredOn: daysAgo(2), reason: 'Housing.' } });
  const violation = await office.call('violations.create', { clientId, violation: { violationDate: daysAgo(2), description: 'Missed curfew.', severity: 'minor' } });
  office.sessions.logout();
  return { clientId, agencyId: agency.id, noteId: note.id, drugTestId: test.id, goalId: goal.id, referralId: referral.id, violationId: violation.id };
}

describe('the case record and who may reach it', () => {
  it("refuses an officer every read and change of another officer's client, through every channel, and audits each attempt", async () => {
    const staffed = await caseRecordOffice(offices);
    const { clientId, agencyId, noteId, drugTestId, goalId, referralId, violationId } = await caseysRecord(staffed);
    const { office, staff, actAs } = staffed;
    const goal = { needArea: 'housing', goal: 'x' };
    const attempts: [string, object, string][] = [
      ['caseNotes.list', { clientId }, 'clientId'],
      ['caseNotes.get', { noteId }, 'noteId'],
      ['caseNotes.create', { clientId, note: officeVisitNote() }, 'clientId'],
      ['caseNotes.update', { noteId, note: officeVisitNote() }, 'noteId'],
      ['caseNotes.sign', { noteId }, 'noteId'],
      ['caseNotes.delete', { noteId }, 'noteId'],
      ['caseNotes.addAddendum', { noteId, text: 'x' }, 'noteId'],
      ['drugTests.list', { clientId }, 'clientId'],
      ['drugTests.create', { clientId, test: drugTestInput() }, 'clientId'],
      ['drugTests.recordLabResult', { drugTestId, labResult: 'negative', labResultDate: daysAgo(0) }, 'drugTestId'],
      ['compliance.get', { clientId }, 'clientId'],
      ['compliance.logServiceHours', { clientId, entry: { conditionId: 1, serviceDate: daysAgo(1), minutes: 60, agency: 'x' } }, 'clientId'],
      ['compliance.addLedgerEntry', { clientId, entry: { entryDate: daysAgo(1), kind: 'payment', category: 'fees', amountCents: 100 } }, 'clientId'],
      ['compliance.recordAttendance', { clientId, entry: { programmeName: 'x', sessionDate: daysAgo(1), attendance: 'attended' } }, 'clientId'],
      ['plan.get', { clientId }, 'clientId'],
      ['plan.addGoal', { clientId, goal }, 'clientId'],
      ['plan.updateGoal', { goalId, goal }, 'goalId'],
      ['referrals.list', { clientId }, 'clientId'],
      ['referrals.create', { clientId, referral: { agencyId, referredOn: daysAgo(1), reason: 'x' } }, 'clientId'],
      ['referrals.update', { referralId, reason: 'x' }, 'referralId'],
      ['referrals.setStatus', { referralId, status: 'accepted', statusDate: daysAgo(0) }, 'referralId'],
      ['violations.list', { clientId }, 'clientId'],
      ['violations.create', { clientId, violation: { violationDate: daysAgo(1), description: 'x', severity: 'minor' } }, 'clientId'],
      ['violations.update', { violationId, violation: { violationDate: daysAgo(1), description: 'x', severity: 'minor' } }, 'violationId'],
      ['violations.respond', { violationId, response: { responseDate: daysAgo(0), responseType: 'verbal_warning' } }, 'violationId'],
      ['violations.setStatus', { violationId, status: 'resolved' }, 'violationId'],
      ['timeline.list', { clientId }, 'clientId'],
    ];
    await actAs('olivia');
    const before = rowCounts(office);
    for (const [channel, input, field] of attempts) {
      expect(await office.fail(channel, input), channel).toMatchObject({ code: 'FORBIDDEN', field, message: expect.stringMatching(/not on your caseload/) });
    }
    const refused = auditRowsOf(office, 'client.access');
    expect(refused).toHaveLength(attempts.length);
    expect(refused.every((r) => r.outcome === 'failure' && r.userId === staff.olivia.id && r.entityId === String(clientId))).toBe(true);
    // Nothing but those audit rows was written.
    expect(rowCounts(office)).toEqual({ ...before, auditLog: before.auditLog + attempts.length, auditHead: before.auditHead });
  });

  it('lets a supervisor read the whole record, each read audited with the part read', async () => {
    const staffed = await caseRecordOffice(offices);
    const { clientId, noteId } = await caseysRecord(staffed);
    const { office, staff, actAs } = staffed;
    await actAs('sam');
    await office.call('caseNotes.list', { clientId });
    await office.call('caseNotes.get', { noteId });
    await office.call('drugTests.list', { clientId });
    await office.call('compliance.get', { clientId });
    await office.call('plan.get', { clientId });
    await office.call('referrals.list', { clientId });
    await office.call('violations.list', { clientId });
    await office.call('timeline.list', { clientId });
    const views = auditRowsOf(office, 'client.view').filter((r) => r.userId === staff.sam.id);
    expect(views.map((r) => [r.entityId, r.detail])).toEqual(
      ['notes', `note ${noteId}`, 'drug tests', 'compliance', 'supervision plan', 'referrals', 'violations', 'timeline'].map((part) => [String(clientId), part]),
    );
  });
});

describe('channels kept to a role', () => {
  const shared = useSharedCaseRecordOffice();

  it.each<[string, 'olivia' | 'sam', string, object]>([
    ['an officer reviewing a note', 'olivia', 'caseNotes.review', { noteId: 1 }],
    ['an officer adding to the agency directory', 'olivia', 'agencies.create', { agency: { name: 'x', kind: 'other' } }],
    ['an officer changing an agency', 'olivia', 'agencies.update', { agencyId: 1, agency: { name: 'x', kind: 'other' } }],
    ['a supervisor changing the enforcement settings', 'sam', 'settings.updateEnforcement', { severities: ['minor'], sanctions: ['curfew'] }],
  ])('refuses %s by role', async (_case, who, channel, input) => {
    const { office, actAs } = shared();
    await actAs(who);
    expect(await office.fail(channel, input)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/needs the .* role/) });
  });
});
