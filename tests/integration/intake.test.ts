import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { defaultIntakeSettings } from '../../electron/api/settings/intakeDefaults';
import { daysAgo, fullIntakeInput, JPEG_BYTES, PNG_BYTES, rowCounts, yearsAgo, type IntakeChannelInput } from '../fixtures/intakeInput';
import { staffedOffice, useSharedStaffedOffice } from '../fixtures/staffedOffice';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const tomorrow = () => dayjs().add(1, 'day').format('YYYY-MM-DD');

describe('an intake', () => {
  it('creates the client with every part, and the profile reads each part back', async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    const input = fullIntakeInput(staff.olivia.id);

    const created = await office.call('clients.intake', input);
    expect(created.caseNumber).toBe(`PD-${dayjs().year()}-00001`);
    const profile = await office.call('clients.get', { clientId: created.id });

    expect(profile.client).toMatchObject({
      ...input.identity,
      caseNumber: created.caseNumber,
      status: 'active',
      supervisionLevel: 'medium',
      levelOverrideReason: null,
      assignedOfficerId: staff.olivia.id,
      assignedOfficerName: 'olivia Testperson',
      supervisionStartDate: input.assignment.supervisionStartDate,
      safetyAlerts: input.safetyAlerts,
      hasPhoto: true,
      photoMime: 'image/jpeg',
      createdBy: staff.olivia.id,
    });
    expect(profile.client).not.toHaveProperty('photo');
    expect(profile.aliases).toMatchObject(input.aliases!);
    expect(profile.identifiers).toMatchObject(input.identifiers!);
    // The current address first, then the one moved out of.
    expect(profile.addresses).toMatchObject(input.addresses!);
    expect(profile.associates).toMatchObject(input.associates!);
    const [{ offences, ...courtCase }] = input.courtCases;
    expect(profile.courtCases).toHaveLength(1);
    expect(profile.courtCases[0]).toMatchObject({ ...courtCase, offences });
    const courtCaseId = profile.courtCases[0].id;
    expect(profile.conditions).toHaveLength(defaultIntakeSettings.standardConditions.length + 2);
    expect(profile.conditions.every((c) => c.courtCaseId === courtCaseId && c.status === 'not_started')).toBe(true);
    expect(profile.conditions.at(-1)).toMatchObject({ kind: 'special', type: 'restitution', targetAmount: 125_000, targetUnit: 'cents' });
    expect(profile.background).toMatchObject(input.background);
    expect(profile.assessments).toMatchObject([
      {
        kind: 'intake',
        instrumentId: 'generic-screening',
        score: 7,
        riskLevel: 'medium',
        proposedLevel: 'medium',
        chosenLevel: 'medium',
        needAreas: ['employment', 'substance_use'],
        assessorId: staff.olivia.id,
      },
    ]);
    expect(profile.assessments[0].answers.find((a) => a.itemId === 'substance_use')).toMatchObject({ answerIndex: 2, weight: 3 });
    expect(profile.statusHistory).toMatchObject([{ fromStatus: null, toStatus: 'active', reason: 'Intake', changedBy: staff.olivia.id }]);

    expect(await office.call('clients.photo', { clientId: created.id })).toEqual({ mime: 'image/jpeg', base64: JPEG_BYTES.toString('base64') });
  });

  it('audits the creation without the personal details typed into it', async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    const created = await office.call('clients.intake', fullIntakeInput(staff.olivia.id));
    await actAs('admin');

    const { rows } = await office.call('audit.list', { filter: { action: 'client.create' } });
    expect(rows).toMatchObject([{ entity: 'client', entityId: String(created.id), userId: staff.olivia.id, outcome: 'success' }]);
    expect(rows[0].detail).toContain(created.caseNumber);
    expect(rows[0].detail).not.toMatch(/Whitaker|Jordan|dog|cannabis/i);
  });

  it('numbers case numbers in sequence and can start a client in intake status', async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    const first = await office.call('clients.intake', fullIntakeInput(staff.olivia.id));
    const pending = fullIntakeInput(staff.olivia.id, { firstName: 'Casey' });
    pending.assignment.status = 'intake';
    const second = await office.call('clients.intake', pending);

    expect([first.caseNumber, second.caseNumber]).toEqual([`PD-${dayjs().year()}-00001`, `PD-${dayjs().year()}-00002`]);
    expect((await office.call('clients.get', { clientId: second.id })).client.status).toBe('intake');
  });

  it('needs only identity, a court case with an offence, background, screening and assignment', async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    const {
      photo: _photo,
      aliases: _aliases,
      identifiers: _identifiers,
      addresses: _addresses,
      associates: _associates,
      conditions: _conditions,
      ...required
    } = fullIntakeInput(staff.olivia.id);

    const created = await office.call('clients.intake', required);
    const profile = await office.call('clients.get', { clientId: created.id });
    expect(profile.client.hasPhoto).toBe(false);
    expect(await office.call('clients.photo', { clientId: created.id })).toBeNull();
    expect([profile.addresses, profile.associates, profile.conditions]).toEqual([[], [], []]);
  });

  it('deletes the draft the intake was resumed from', async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    const draft = await office.call('intakeDrafts.save', { label: 'Jordan Whitaker', data: { step: 3 } });

    await office.call('clients.intake', { ...fullIntakeInput(staff.olivia.id), draftId: draft.id });
    expect(await office.call('intakeDrafts.list', {})).toEqual([]);
  });
});

type Breakage = (input: IntakeChannelInput) => void;

describe('intake validation', () => {
  const shared = useSharedStaffedOffice();

  it.each<[string, Breakage, string, RegExp]>([
    ['a date of birth in the future', (i) => (i.identity.dateOfBirth = tomorrow()), 'identity.dateOfBirth', /cannot be in the future/],
    ['a person younger than 10', (i) => (i.identity.dateOfBirth = yearsAgo(9)), 'identity.dateOfBirth', /younger than 10/],
    ['a date that is not on the calendar', (i) => (i.identity.dateOfBirth = '1990-02-30'), 'identity.dateOfBirth', /not a real calendar date/],
    ['a date in another format', (i) => (i.identity.dateOfBirth = '12/04/1990'), 'identity.dateOfBirth', /YYYY-MM-DD/],
    ['a blank last name', (i) => (i.identity.lastName = '   '), 'identity.lastName', /^Enter the last name\.$/],
    ['an email address that is not one', (i) => (i.identity.email = 'jordan-at-example'), 'identity.email', /valid email/],
    ['a term that ends before it starts', (i) => (i.courtCases[0].termEnd = daysAgo(40)), 'courtCases.0.termEnd', /end after it starts/],
    ['a missing docket number', (i) => (i.courtCases[0].docketNumber = ''), 'courtCases.0.docketNumber', /docket number/],
    ['a disposition date in the future', (i) => (i.courtCases[0].dispositionDate = tomorrow()), 'courtCases.0.dispositionDate', /cannot be in the future/],
    ['a court case without offences', (i) => (i.courtCases[0].offences = []), 'courtCases.0.offences', /at least one offense/],
    ['no court case at all', (i) => (i.courtCases = []), 'courtCases', /court case/],
    ['moving out before moving in', (i) => (i.addresses![1].movedOut = '2017-12-31'), 'addresses.1.movedOut', /cannot be before the moved-in date/],
    ['a photo that is not an image', (i) => (i.photo = { mime: 'image/jpeg', base64: Buffer.from('not an image at all').toString('base64') }), 'photo.base64', /not a JPEG image/],
    ['a PNG labelled as a JPEG', (i) => (i.photo = { mime: 'image/jpeg', base64: PNG_BYTES.toString('base64') }), 'photo.base64', /not a JPEG image/],
    [
      'a photo larger than 512 KB',
      (i) => (i.photo = { mime: 'image/jpeg', base64: Buffer.concat([JPEG_BYTES, Buffer.alloc(512 * 1024)]).toString('base64') }),
      'photo.base64',
      /larger than 512 KB/,
    ],
    ['a GIF photo', (i) => (i.photo = { mime: 'image/gif' as 'image/png', base64: PNG_BYTES.toString('base64') }), 'photo.mime', /JPEG or PNG/],
    [
      'a condition target without its unit',
      (i) => (i.conditions!.at(-1)!.targetUnit = null),
      `conditions.${defaultIntakeSettings.standardConditions.length + 1}.targetUnit`,
      /both the target amount/,
    ],
    ['a condition on a court case not entered', (i) => (i.conditions![0].courtCaseIndex = 1), 'conditions.0.courtCaseIndex', /court cases entered/],
    ['a level override without a reason', (i) => (i.screening.chosenLevel = 'high'), 'screening.overrideReason', /proposes medium supervision; give the reason/],
    ['an unanswered screening item', (i) => delete i.screening.answers.attitudes, 'screening.answers.attitudes', /choose an answer for "Attitude/],
    ['an answer the item does not offer', (i) => (i.screening.answers.employment = 7), 'screening.answers.employment', /choose an answer for "Employment"/],
    ['an answer to an item the instrument lacks', (i) => (i.screening.answers.horoscope = 0), 'screening.answers.horoscope', /no item "horoscope"/],
    ['an assessment dated in the future', (i) => (i.screening.assessedOn = tomorrow()), 'screening.assessedOn', /cannot be in the future/],
    ['a start date that is not a date', (i) => (i.assignment.supervisionStartDate = 'next monday'), 'assignment.supervisionStartDate', /YYYY-MM-DD/],
  ])('refuses %s, naming the field, and writes nothing', async (_case, breakIt, field, message) => {
    const { office, staff, actAs } = shared();
    await actAs('olivia');
    const input = fullIntakeInput(staff.olivia.id);
    breakIt(input);
    const before = rowCounts(office);

    const error = await office.fail('clients.intake', input);
    expect(error).toMatchObject({ code: 'VALIDATION', field, message: expect.stringMatching(message) });
    expect(rowCounts(office)).toEqual(before);
  });

  it('lets an officer take clients onto their own caseload only, while a supervisor assigns anyone', async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    const before = rowCounts(office);
    expect(await office.fail('clients.intake', fullIntakeInput(staff.oscar.id))).toMatchObject({ code: 'FORBIDDEN', field: 'assignment.officerId' });
    expect(rowCounts(office)).toEqual(before);

    await actAs('sam');
    const created = await office.call('clients.intake', fullIntakeInput(staff.oscar.id));
    expect((await office.call('clients.get', { clientId: created.id })).client.assignedOfficerId).toBe(staff.oscar.id);
  });

  it('refuses to assign a client to an administrator or a deactivated officer', async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('admin');
    expect(await office.fail('clients.intake', fullIntakeInput(staff.admin.id))).toMatchObject({
      code: 'VALIDATION',
      field: 'assignment.officerId',
      message: expect.stringMatching(/administrator/),
    });
    await office.call('users.deactivate', { id: staff.oscar.id });
    expect(await office.fail('clients.intake', fullIntakeInput(staff.oscar.id))).toMatchObject({
      code: 'VALIDATION',
      field: 'assignment.officerId',
      message: expect.stringMatching(/deactivated/),
    });
  });
});
