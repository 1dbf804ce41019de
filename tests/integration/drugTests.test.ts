import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { auditRowsOf, caseRecordOffice, drugTestInput, localTime, officeVisitNote, useSharedCaseRecordOffice, type DrugTestInput } from '../fixtures/caseRecord';
import { daysAgo } from '../fixtures/intakeInput';
import { expectRefusal } from '../fixtures/refusals';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

describe('a drug test', () => {
  it('is recorded with its panel and an overall result; a negative test suggests nothing', async () => {
    const { office, staff, clientId } = await caseRecordOffice(offices);
    const note = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactType: 'drug_test' }) });
    const input = drugTestInput({}, { noteId: note.id, notes: 'Observed collection.' });

    const saved = await office.call('drugTests.create', { clientId, test: input });
    expect(saved).toEqual({
      test: expect.objectContaining({ ...input, clientId, overallResult: 'negative', collectedBy: staff.olivia.id, labResult: null }),
      suggestViolation: false,
    });
    expect((await office.call('caseNotes.get', { noteId: note.id })).drugTests.map((t) => t.id)).toEqual([saved.test.id]);
    expect(await office.call('drugTests.list', { clientId })).toEqual([saved.test]);
    expect(auditRowsOf(office, 'drugTest.create')).toMatchObject([{ entityId: String(clientId), detail: `drug test ${saved.test.id}; urine; negative` }]);
  });

  it('suggests a violation when positive for one substance or refused (the renderer then prompts the officer)', async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const positive = await office.call('drugTests.create', { clientId, test: drugTestInput({ cocaine: 'positive' }) });
    const refused = await office.call('drugTests.create', { clientId, test: drugTestInput({ THC: 'refused', cocaine: 'refused' }) });
    const dilute = await office.call('drugTests.create', { clientId, test: drugTestInput({ THC: 'dilute' }) });
    expect([positive, refused, dilute].map((saved) => [saved.test.overallResult, saved.suggestViolation])).toEqual([
      ['positive', true],
      ['refused', true],
      ['dilute', false],
    ]);
  });

  it('takes the lab confirmation once, only for a test sent to the lab, and not dated before collection', async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const notSent = await office.call('drugTests.create', { clientId, test: drugTestInput({ THC: 'positive' }) });
    const sent = await office.call('drugTests.create', { clientId, test: drugTestInput({ THC: 'positive' }, { sentForLab: true, admittedUse: true, collectedAt: localTime(5) }) });

    expect(await office.fail('drugTests.recordLabResult', { drugTestId: notSent.test.id, labResult: 'negative', labResultDate: daysAgo(0) })).toMatchObject({
      code: 'CONFLICT',
      field: 'drugTestId',
    });
    expect(await office.fail('drugTests.recordLabResult', { drugTestId: sent.test.id, labResult: 'negative', labResultDate: daysAgo(6) })).toMatchObject({
      code: 'VALIDATION',
      field: 'labResultDate',
    });
    const confirmed = await office.call('drugTests.recordLabResult', { drugTestId: sent.test.id, labResult: 'confirmed_positive', labResultDate: daysAgo(2) });
    expect(confirmed).toEqual({ test: { ...sent.test, labResult: 'confirmed_positive', labResultDate: daysAgo(2) }, suggestViolation: true });
    expect(await office.fail('drugTests.recordLabResult', { drugTestId: sent.test.id, labResult: 'negative', labResultDate: daysAgo(1) })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already recorded/),
    });
    expect(auditRowsOf(office, 'drugTest.labResult').map((r) => r.detail)).toEqual([`drug test ${sent.test.id}; lab confirmed_positive`]);
  });
});

type Breakage = (test: DrugTestInput) => void;

describe('drug test validation', () => {
  const shared = useSharedCaseRecordOffice();

  it.each<[string, Breakage, string, RegExp]>([
    ['an empty panel', (t) => (t.panel = []), 'test.panel', /at least one substance/],
    ['a substance listed twice', (t) => (t.panel[1].substance = 'thc'), 'test.panel.1.substance', /already on the panel/],
    ['a result that is not one', (t) => (t.panel[0].result = 'maybe' as 'positive'), 'test.panel.0.result', /Choose the result/],
    ['an unknown method', (t) => (t.method = 'hair' as 'urine'), 'test.method', /urine, oral, breath or patch/],
    ['a collection in the future', (t) => (t.collectedAt = `${dayjs().add(1, 'day').format('YYYY-MM-DD')}T08:00`), 'test.collectedAt', /cannot be in the future/],
  ])('refuses %s, naming the field, and writes nothing', async (_case, breakIt, field, message) => {
    const { office, clientId } = shared();
    const test = drugTestInput();
    breakIt(test);
    await expectRefusal(office, 'drugTests.create', { clientId, test }, { field, message });
  });

  it("refuses a link to another client's note", async () => {
    const { office, actAs, oscarsClientId, clientId } = await caseRecordOffice(offices);
    await actAs('oscar');
    const caseysNote = await office.call('caseNotes.create', { clientId: oscarsClientId, note: officeVisitNote() });
    await actAs('olivia');
    await expectRefusal(office, 'drugTests.create', { clientId, test: drugTestInput({}, { noteId: caseysNote.id }) }, { field: 'test.noteId', message: /this client's notes/ });
  });
});
