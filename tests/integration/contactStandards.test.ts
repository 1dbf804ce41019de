import { describe, expect, it } from 'vitest';
import { defaultContactStandards } from '../../electron/api/contactStandards/contactStandardsSchemas';
import { addBusinessDays } from '../../electron/services/contactStandards/businessDays';
import { addDays } from '../../electron/services/schedule/officeTime';
import { auditRowsOf, caseRecordOffice, homeVisitNote, localTime, officeVisitNote, type CaseRecordOffice } from '../fixtures/caseRecord';
import { daysAgo, FULL_INTAKE_ANSWERS, fullIntakeInput } from '../fixtures/intakeInput';
import { useTempOffices } from '../fixtures/tempOffice';
import { formatDate } from '../../electron/api/format/dateFormats';

// These tests keep the office in this computer's time zone (the default), the one case notes' local times use.
const offices = useTempOffices();

/** Takes in a client whose supervision (and intake screening) began `days` ago, on Olivia's caseload. */
async function clientTakenIn({ office, staff }: CaseRecordOffice, days: number, firstName: string) {
  const input = fullIntakeInput(staff.olivia.id, { firstName, lastName: 'Okafor', dateOfBirth: '1985-02-03' });
  input.assignment.supervisionStartDate = daysAgo(days);
  input.screening = { ...input.screening, assessedOn: daysAgo(days), answers: { ...FULL_INTAKE_ANSWERS } };
  input.identifiers = [];
  return (await office.call('clients.intake', input)).id;
}

describe('office contact standards', () => {
  it('are office settings an administrator changes, validated field by field and audited', async () => {
    const { office, actAs } = await caseRecordOffice(offices);
    expect((await office.call('settings.get', {})).contactStandards).toEqual(defaultContactStandards);
    expect(await office.fail('settings.updateContactStandards', defaultContactStandards)).toMatchObject({ code: 'FORBIDDEN' });
    await actAs('admin');
    const stricter = { ...defaultContactStandards, levels: { ...defaultContactStandards.levels, low: { faceToFace: { count: 2, periodDays: 60 }, homeVisits: null } } };
    expect(await office.call('settings.updateContactStandards', stricter)).toEqual(stricter);
    expect((await office.call('settings.get', {})).contactStandards.levels.low).toEqual({ faceToFace: { count: 2, periodDays: 60 }, homeVisits: null });
    const zeroDays = { ...stricter, levels: { ...stricter.levels, medium: { faceToFace: { count: 2, periodDays: 0 }, homeVisits: null } } };
    expect(await office.fail('settings.updateContactStandards', zeroDays)).toMatchObject({
      code: 'VALIDATION',
      field: 'levels.medium.faceToFace.periodDays',
      message: 'The period must be at least 1 day.',
    });
    expect(await office.fail('settings.updateContactStandards', { ...stricter, faceToFaceTypes: [] })).toMatchObject({ field: 'faceToFaceTypes' });
    expect(await office.fail('settings.updateSchedule', { timeZone: 'Mars/Olympus_Mons' })).toMatchObject({
      field: 'timeZone',
      message: 'Enter a time zone from the IANA database, e.g. America/Chicago.',
    });
    expect(auditRowsOf(office, 'settings.update').map((r) => [r.entityId, r.detail])).toEqual([['contactStandards', 'changed: levels']]);
  });
});

describe("a client's contact standing", () => {
  it('is computed from signed notes of contacts that took place: drafts and failures to attend do not count', async () => {
    const staffed = await caseRecordOffice(offices);
    const { office, clientId } = staffed;
    // Jordan was taken in yesterday at Medium: the first contact is due within 2 business days.
    const fresh = await office.call('schedule.contactStanding', { clientId });
    expect(fresh).toMatchObject({ status: 'due_soon', level: 'medium', intakeDate: daysAgo(1), nextDueOn: addBusinessDays(daysAgo(1), 2) });
    expect(fresh?.requirements.find((r) => r.requirement === 'first_contact')).toMatchObject({ status: 'due_soon', missing: 1 });

    await office.call('caseNotes.create', { clientId, note: officeVisitNote({ outcome: 'failed_to_attend' }), sign: true });
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(0, '00:00') }) });
    expect((await office.call('schedule.contactStanding', { clientId }))?.requirements.find((r) => r.requirement === 'first_contact')).toMatchObject({ counted: 0 });

    await office.call('caseNotes.sign', { noteId: draft.id });
    const seen = await office.call('schedule.contactStanding', { clientId });
    expect(seen?.requirements.find((r) => r.requirement === 'first_contact')).toMatchObject({ status: 'met', counted: 1, dueOn: null });
    expect(seen?.requirements.find((r) => r.requirement === 'face_to_face')).toMatchObject({ counted: 1, missing: 1, required: 2, periodDays: 30 });
    expect(auditRowsOf(office, 'client.view').filter((r) => r.detail === 'contact standards')).toHaveLength(3);
  });

  it('moves a client from overdue to met on the dashboard and the caseload as the contacts are signed', async () => {
    const staffed = await caseRecordOffice(offices);
    const { office, clientId } = staffed;
    const lapsed = await clientTakenIn(staffed, 40, 'Amara');
    const dashboard = await office.call('schedule.dashboard', {});
    expect(dashboard.overdueContacts.map((c) => [c.client.id, c.standing.status])).toEqual([[lapsed, 'overdue']]);
    const firstContactDue = addBusinessDays(daysAgo(40), 2);
    expect(dashboard.overdueContacts[0].standing.todo).toEqual([
      `First face-to-face contact: overdue since ${formatDate(addDays(firstContactDue, 1))}`,
      `First home visit: overdue since ${formatDate(daysAgo(29))}`,
      `2 face-to-face contacts: overdue since ${formatDate(daysAgo(9))}`,
      `Home visit: due by ${formatDate(daysAgo(-20))}`,
    ]);
    expect(dashboard.dueThisWeek.map((c) => c.client.id)).toEqual([clientId]);
    const row = (page: Awaited<ReturnType<typeof office.call<'clients.caseload'>>>, id: number) => page.rows.find((r) => r.id === id);
    expect(row(await office.call('clients.caseload', {}), lapsed)?.contactStatus).toEqual({ status: 'overdue', nextDueOn: firstContactDue });

    await office.call('caseNotes.create', { clientId: lapsed, note: officeVisitNote({ contactAt: localTime(3) }), sign: true });
    await office.call('caseNotes.create', { clientId: lapsed, note: homeVisitNote(), sign: true });
    const after = await office.call('schedule.dashboard', {});
    expect(after.overdueContacts).toEqual([]);
    expect(row(await office.call('clients.caseload', {}), lapsed)?.contactStatus).toEqual({ status: 'met', nextDueOn: daysAgo(3 - 30) });
  });

  it('measures a new supervision level from the reassessment that set it', async () => {
    const staffed = await caseRecordOffice(offices);
    const { office } = staffed;
    const client = await clientTakenIn(staffed, 60, 'Idris');
    for (const days of [50, 45, 20, 10]) await office.call('caseNotes.create', { clientId: client, note: officeVisitNote({ contactAt: localTime(days) }), sign: true });
    await office.call('caseNotes.create', { clientId: client, note: homeVisitNote({ contactAt: localTime(55) }), sign: true });
    await office.call('caseNotes.create', { clientId: client, note: homeVisitNote({ contactAt: localTime(5) }), sign: true });
    expect(await office.call('schedule.contactStanding', { clientId: client })).toMatchObject({ level: 'medium', status: 'met' });

    await office.call('assessments.reassess', {
      clientId: client,
      screening: { assessedOn: daysAgo(3), answers: { ...FULL_INTAKE_ANSWERS }, chosenLevel: 'high', overrideReason: 'New arrest for assault.' },
    });
    const high = await office.call('schedule.contactStanding', { clientId: client });
    // High asks for 4 face-to-face contacts per 30 days, counted from the reassessment three days ago.
    expect(high).toMatchObject({ level: 'high', levelSince: daysAgo(3), status: 'met' });
    expect(high?.requirements.find((r) => r.requirement === 'face_to_face')).toMatchObject({ counted: 0, missing: 4, dueOn: daysAgo(3 - 30) });
  });
});
