import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../electron/api/contract';
import { auditRowsOf, caseRecordOffice, useSharedCaseRecordOffice, type CaseRecordOffice } from '../fixtures/caseRecord';
import { daysAgo } from '../fixtures/intakeInput';
import { expectRefusal } from '../fixtures/refusals';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
type Agency = ChannelInput<'agencies.create'>['agency'];

const HOUSING: Agency = { name: 'Riverside Housing Trust', kind: 'housing', address: '5 Mill Lane', phone: '555-0170', contactPerson: 'R. Adams' };
const TREATMENT: Agency = { name: 'Clearwater Recovery Centre', kind: 'substance_use_treatment' };

/** The two agencies, added by the supervisor; Olivia is signed in again afterwards. */
async function withAgencies(staffed: CaseRecordOffice) {
  await staffed.actAs('sam');
  const housing = await staffed.office.call('agencies.create', { agency: HOUSING });
  const treatment = await staffed.office.call('agencies.create', { agency: TREATMENT });
  await staffed.actAs('olivia');
  return { housing, treatment };
}

describe('the agency directory', () => {
  it('is kept by supervisors and administrators, read by everyone, and an agency is made inactive rather than removed', async () => {
    const staffed = await caseRecordOffice(offices);
    const { office, actAs } = staffed;
    expect(await office.fail('agencies.create', { agency: HOUSING })).toMatchObject({ code: 'FORBIDDEN' });
    const { housing, treatment } = await withAgencies(staffed);
    expect((await office.call('agencies.list', {})).map((a) => a.name)).toEqual([HOUSING.name, TREATMENT.name]);

    await actAs('admin');
    expect(await office.fail('agencies.create', { agency: { ...TREATMENT, name: 'clearwater recovery centre' } })).toMatchObject({ code: 'CONFLICT', field: 'agency.name' });
    const closed = await office.call('agencies.update', { agencyId: treatment.id, agency: TREATMENT, active: false });
    expect(closed).toMatchObject({ active: false });
    expect((await office.call('agencies.list', {})).map((a) => a.id)).toEqual([housing.id]);
    expect((await office.call('agencies.list', { includeInactive: true })).map((a) => a.id)).toEqual([housing.id, treatment.id]);
    expect(auditRowsOf(office, 'agency.update')).toMatchObject([{ entity: 'agency', entityId: String(treatment.id), detail: 'changed: active' }]);
  });
});

describe('a referral', () => {
  it('keeps every status it passes through, with dates and who changed it', async () => {
    const staffed = await caseRecordOffice(offices);
    const { office, staff, clientId } = staffed;
    const { treatment } = await withAgencies(staffed);
    const referral = await office.call('referrals.create', {
      clientId,
      referral: { agencyId: treatment.id, referredOn: daysAgo(30), reason: 'Assessment for outpatient treatment.', followUpDate: daysAgo(16) },
    });
    expect(referral).toMatchObject({ status: 'made', statusDate: daysAgo(30), createdBy: staff.olivia.id });

    await office.call('referrals.setStatus', { referralId: referral.id, status: 'accepted', statusDate: daysAgo(20), note: 'Intake appointment booked.' });
    await office.call('referrals.setStatus', { referralId: referral.id, status: 'attending', statusDate: daysAgo(10) });
    expect(await office.fail('referrals.setStatus', { referralId: referral.id, status: 'attending', statusDate: daysAgo(9) })).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(await office.fail('referrals.setStatus', { referralId: referral.id, status: 'completed', statusDate: daysAgo(31) })).toMatchObject({
      code: 'VALIDATION',
      field: 'statusDate',
    });
    const updated = await office.call('referrals.update', { referralId: referral.id, reason: referral.reason, followUpDate: daysAgo(0), outcomeNotes: 'Attending twice weekly.' });
    expect(updated).toMatchObject({ status: 'attending', outcomeNotes: 'Attending twice weekly.' });

    const [listed] = await office.call('referrals.list', { clientId });
    expect(listed).toMatchObject({ id: referral.id, agencyName: TREATMENT.name, agencyKind: 'substance_use_treatment', status: 'attending', statusDate: daysAgo(10) });
    expect(listed.history.map((h) => [h.fromStatus, h.toStatus, h.statusDate, h.note, h.changedBy])).toEqual([
      [null, 'made', daysAgo(30), '', staff.olivia.id],
      ['made', 'accepted', daysAgo(20), 'Intake appointment booked.', staff.olivia.id],
      ['accepted', 'attending', daysAgo(10), '', staff.olivia.id],
    ]);
    expect(auditRowsOf(office, 'referral.status').map((r) => r.detail)).toEqual([`referral ${referral.id}; made → accepted`, `referral ${referral.id}; accepted → attending`]);
    expect(auditRowsOf(office, 'referral.update').map((r) => r.detail)).toEqual([`referral ${referral.id}; changed: followUpDate, outcomeNotes`]);
    expect(() => office.openRaw().prepare('DELETE FROM referral_status_history WHERE referral_id = ?').run(referral.id)).toThrow(/cannot be changed/);
  });
});

describe('referral validation', () => {
  const shared = useSharedCaseRecordOffice();

  it.each<[string, object, string, RegExp]>([
    ['an agency that is not in the directory', { agencyId: 999 }, 'referral.agencyId', /active agencies/],
    ['a referral dated tomorrow', { referredOn: daysAgo(-1) }, 'referral.referredOn', /cannot be in the future/],
    ['a follow-up before the referral', { followUpDate: daysAgo(10) }, 'referral.followUpDate', /cannot be before the referral/],
    ['no reason', { reason: '' }, 'referral.reason', /Enter the reason/],
  ])('refuses %s, naming the field, and writes nothing', async (_case, change, field, message) => {
    const { office, clientId } = shared();
    const referral = { agencyId: 999, referredOn: daysAgo(5), reason: 'Housing support.', ...change };
    await expectRefusal(office, 'referrals.create', { clientId, referral }, { field, message });
  });
});
