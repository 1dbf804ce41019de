import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { noteFieldsSchema } from '../../electron/api/caseNotes/caseNotesSchemas';
import { deleteNote, signNote, updateNote } from '../../electron/services/caseNotes/noteDrafts';
import { auditRowsOf, caseRecordOffice, homeVisitNote, localTime, officeVisitNote, useSharedCaseRecordOffice, type NoteInput } from '../fixtures/caseRecord';
import { rowCounts } from '../fixtures/intakeInput';
import { expectRefusal } from '../fixtures/refusals';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const SIGNED = /^Signed notes cannot be changed; add an addendum\.$/;

/** What a direct service call threw; fails the test if it did not throw. */
function thrownBy(attempt: () => unknown): unknown {
  try {
    attempt();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('a contact note', () => {
  it('is saved as a draft with every field, the home-visit checklist included, and read back', async () => {
    const { office, staff, clientId } = await caseRecordOffice(offices);
    const visit = homeVisitNote();
    const home = await office.call('caseNotes.create', { clientId, note: visit });
    const desk = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(2), tags: ['check-in', 'check-in', 'employment'] }) });

    expect(home).toMatchObject({ ...visit, clientId, authorId: staff.olivia.id, status: 'draft', signedAt: null, signedBy: null, isLateEntry: false });
    expect(desk.tags).toEqual(['check-in', 'employment']);
    const detail = await office.call('caseNotes.get', { noteId: home.id });
    expect(detail).toMatchObject({ note: { id: home.id, homeVisit: visit.homeVisit, addendaCount: 0, reviewCount: 0 }, addenda: [], reviews: [], drugTests: [], violationIds: [] });
    const page = await office.call('caseNotes.list', { clientId });
    expect(page).toMatchObject({ total: 2, rows: [{ id: home.id }, { id: desk.id }] });

    // The audit names the note and its kind, never what it says.
    expect(auditRowsOf(office, 'caseNote.create').map((r) => [r.entityId, r.detail])).toEqual([
      [String(clientId), `note ${home.id}; home_visit`],
      [String(clientId), `note ${desk.id}; office_visit`],
    ]);
    expect(
      auditRowsOf(office, 'client.view')
        .slice(-2)
        .map((r) => r.detail),
    ).toEqual([`note ${home.id}`, 'notes']);
  });

  it('is flagged as a late entry when written more than three calendar days after the contact, measured from when it was first entered', async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const onTime = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(3, '00:00') }) });
    const late = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(4, '23:59') }) });
    expect([onTime.isLateEntry, late.isLateEntry]).toEqual([false, true]);
    expect(auditRowsOf(office, 'caseNote.create').at(-1)?.detail).toBe(`note ${late.id}; office_visit; late entry`);

    const corrected = await office.call('caseNotes.update', { noteId: onTime.id, note: officeVisitNote({ contactAt: localTime(5) }) });
    expect(corrected.isLateEntry).toBe(true);
    // Signing later does not make a timely note late: the entry date is when it was written.
    expect((await office.call('caseNotes.sign', { noteId: late.id })).isLateEntry).toBe(true);
  });

  it('can be changed and deleted by its author while it is a draft, and by nobody else', async () => {
    const { office, actAs, clientId } = await caseRecordOffice(offices);
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote() });
    const edited = await office.call('caseNotes.update', {
      noteId: draft.id,
      note: officeVisitNote({ outcome: 'attended_failed_to_comply', narrative: 'Arrived late and refused to discuss work.' }),
    });
    expect(edited).toMatchObject({ outcome: 'attended_failed_to_comply', status: 'draft' });
    expect(auditRowsOf(office, 'caseNote.update').map((r) => r.detail)).toEqual([`note ${draft.id}; changed: outcome, narrative`]);

    await actAs('sam');
    for (const [channel, input] of [
      ['caseNotes.update', { noteId: draft.id, note: officeVisitNote() }],
      ['caseNotes.sign', { noteId: draft.id }],
      ['caseNotes.delete', { noteId: draft.id }],
    ] as const) {
      expect(await office.fail(channel, input), channel).toMatchObject({ code: 'FORBIDDEN', field: 'noteId', message: expect.stringMatching(/Only the author/) });
    }

    await actAs('olivia');
    expect(await office.call('caseNotes.delete', { noteId: draft.id })).toBeNull();
    expect(await office.fail('caseNotes.get', { noteId: draft.id })).toMatchObject({ code: 'NOT_FOUND', field: 'noteId' });
    expect(auditRowsOf(office, 'caseNote.delete').map((r) => r.detail)).toEqual([
      `note ${draft.id}; draft deleted; unlinked from 0 drug test(s), 0 violation(s) and 0 appointment(s)`,
    ]);
  });

  it('takes its links to drug tests and violations away with it when a draft is deleted', async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactType: 'drug_test' }) });
    const { test } = await office.call('drugTests.create', {
      clientId,
      test: { collectedAt: localTime(1), method: 'breath', panel: [{ substance: 'alcohol', result: 'positive' }], noteId: draft.id },
    });
    const violation = await office.call('violations.create', {
      clientId,
      violation: { violationDate: dayjs().subtract(1, 'day').format('YYYY-MM-DD'), description: 'Alcohol', severity: 'minor', noteIds: [draft.id] },
    });

    await office.call('caseNotes.delete', { noteId: draft.id });
    expect((await office.call('drugTests.list', { clientId })).find((t) => t.id === test.id)?.noteId).toBeNull();
    expect((await office.call('violations.list', { clientId })).find((v) => v.id === violation.id)?.noteIds).toEqual([]);
  });
});

describe('a signed note', () => {
  it('records who signed and when, and then refuses every change through the channels and the service', async () => {
    const { office, staff, actAs, clientId } = await caseRecordOffice(offices);
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote() });
    const signed = await office.call('caseNotes.sign', { noteId: draft.id });
    expect(signed).toMatchObject({ status: 'signed', signedBy: staff.olivia.id, signedAt: expect.stringMatching(/Z$/) });
    const immediately = await office.call('caseNotes.create', { clientId, note: officeVisitNote(), sign: true });
    expect(immediately).toMatchObject({ status: 'signed', signedBy: staff.olivia.id });

    const before = rowCounts(office);
    for (const [channel, input] of [
      ['caseNotes.update', { noteId: signed.id, note: officeVisitNote({ narrative: 'Rewritten.' }) }],
      ['caseNotes.delete', { noteId: signed.id }],
      ['caseNotes.sign', { noteId: signed.id }],
    ] as const) {
      expect(await office.fail(channel, input), channel).toMatchObject({ code: 'CONFLICT', field: 'noteId', message: expect.stringMatching(SIGNED) });
    }
    expect(rowCounts(office)).toEqual(before);
    // Not even a supervisor, and not by calling the service directly.
    await actAs('sam');
    const afterSignIn = rowCounts(office);
    expect(await office.fail('caseNotes.delete', { noteId: signed.id })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(SIGNED) });
    const { ctx } = office.sessions.requireActive();
    const rewrite = { noteId: signed.id, note: noteFieldsSchema.parse(officeVisitNote({ narrative: 'Rewritten.' })) };
    for (const attempt of [() => updateNote(ctx, rewrite), () => deleteNote(ctx, signed.id), () => signNote(ctx, signed.id)]) {
      expect(thrownBy(attempt)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(SIGNED) });
    }
    expect(rowCounts(office)).toEqual(afterSignIn);
    expect((await office.call('caseNotes.get', { noteId: signed.id })).note.narrative).toBe(draft.narrative);
  });

  it('is protected by the database itself: raw SQL can change a draft but not a signed note', async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote() });
    const signed = await office.call('caseNotes.create', { clientId, note: officeVisitNote(), sign: true });
    const raw = office.openRaw();

    expect(raw.prepare("UPDATE case_notes SET narrative = 'changed' WHERE id = ?").run(draft.id).changes).toBe(1);
    expect(() => raw.prepare("UPDATE case_notes SET narrative = 'changed' WHERE id = ?").run(signed.id)).toThrow('Signed notes cannot be changed; add an addendum.');
    expect(() => raw.prepare("UPDATE case_notes SET status = 'draft' WHERE id = ?").run(signed.id)).toThrow(/Signed notes cannot be changed/);
    expect(() => raw.prepare('DELETE FROM case_notes WHERE id = ?').run(signed.id)).toThrow(/Signed notes cannot be changed/);
    expect(raw.prepare('SELECT narrative, status FROM case_notes WHERE id = ?').get(signed.id)).toEqual({ narrative: signed.narrative, status: 'signed' });
  });

  it('takes addenda, shown with it oldest first, while addenda themselves can never change', async () => {
    const { office, staff, clientId } = await caseRecordOffice(offices);
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote() });
    expect(await office.fail('caseNotes.addAddendum', { noteId: draft.id, text: 'Too early.' })).toMatchObject({
      code: 'CONFLICT',
      field: 'noteId',
      message: expect.stringMatching(/still a draft/),
    });

    await office.call('caseNotes.sign', { noteId: draft.id });
    const first = await office.call('caseNotes.addAddendum', { noteId: draft.id, text: 'Correction: the meeting was in room 3.' });
    const second = await office.call('caseNotes.addAddendum', { noteId: draft.id, text: 'Employer confirmed hours by phone.' });
    expect(first).toMatchObject({ noteId: draft.id, authorId: staff.olivia.id });
    const detail = await office.call('caseNotes.get', { noteId: draft.id });
    expect(detail.addenda.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(detail.note.addendaCount).toBe(2);
    expect(auditRowsOf(office, 'caseNote.addendum').map((r) => r.detail)).toEqual([`note ${draft.id}; addendum ${first.id}`, `note ${draft.id}; addendum ${second.id}`]);

    const raw = office.openRaw();
    expect(() => raw.prepare("UPDATE note_addenda SET text = 'x' WHERE id = ?").run(first.id)).toThrow(/Addenda cannot be changed/);
    expect(() => raw.prepare('DELETE FROM note_addenda WHERE id = ?').run(first.id)).toThrow(/Addenda cannot be changed/);
    const other = await office.call('caseNotes.create', { clientId, note: officeVisitNote() });
    expect(() => raw.prepare("INSERT INTO note_addenda (note_id, author_id, text) VALUES (?, ?, 'x')").run(other.id, staff.olivia.id)).toThrow(/signed notes only/);
  });

  it('is reviewed by supervisors, not by officers, and a review cannot change either', async () => {
    const { office, staff, actAs, clientId } = await caseRecordOffice(offices);
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote() });
    expect(await office.fail('caseNotes.review', { noteId: draft.id })).toMatchObject({ code: 'FORBIDDEN' });

    await actAs('sam');
    expect(await office.fail('caseNotes.review', { noteId: draft.id })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/still a draft/) });
    await actAs('olivia');
    await office.call('caseNotes.sign', { noteId: draft.id });
    await actAs('sam');
    const review = await office.call('caseNotes.review', { noteId: draft.id, comment: 'Good detail on employment.' });
    expect(review).toMatchObject({ noteId: draft.id, reviewerId: staff.sam.id, comment: 'Good detail on employment.' });
    expect((await office.call('caseNotes.get', { noteId: draft.id })).reviews).toEqual([review]);
    expect(auditRowsOf(office, 'caseNote.review')).toMatchObject([{ userId: staff.sam.id, detail: `note ${draft.id}; review ${review.id}` }]);
    expect(() => office.openRaw().prepare('DELETE FROM note_reviews WHERE id = ?').run(review.id)).toThrow(/Reviews cannot be changed/);
  });
});

describe('the contact log', () => {
  it('lists each note with its addenda and reviews, oldest first, to show under it', async () => {
    const { office, staff, actAs, clientId } = await caseRecordOffice(offices);
    const signed = await office.call('caseNotes.create', { clientId, note: officeVisitNote(), sign: true });
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(2) }) });
    const first = await office.call('caseNotes.addAddendum', { noteId: signed.id, text: 'Correction: room 3.' });
    const second = await office.call('caseNotes.addAddendum', { noteId: signed.id, text: 'Employer confirmed by phone.' });
    await actAs('sam');
    const review = await office.call('caseNotes.review', { noteId: signed.id, comment: 'Seen.' });

    const page = await office.call('caseNotes.list', { clientId });
    expect(page.rows.map((row) => [row.id, row.addenda.map((a) => a.id), row.reviews.map((r) => r.reviewerId)])).toEqual([
      [signed.id, [first.id, second.id], [staff.sam.id]],
      [draft.id, [], []],
    ]);
    expect(page.rows[0]).toMatchObject({ addendaCount: 2, reviewCount: 1, reviews: [review] });
  });

  it("opens at the page holding a focused note, and ignores a note that is not this client's", async () => {
    const { office, clientId, oscarsClientId, actAs } = await caseRecordOffice(offices);
    const notes = [];
    for (let days = 1; days <= 12; days++) notes.push(await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(days) }) }));
    const sameTime = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(10) }) });

    const oldest = await office.call('caseNotes.list', { clientId, pageSize: 10, focusNoteId: notes[11].id });
    expect(oldest).toMatchObject({ page: 2, total: 13 });
    expect(oldest.rows.map((row) => row.id)).toContain(notes[11].id);
    // Of two contacts at the same time the later entry is listed first: it is the 10th row, the earlier one the 11th.
    const earlier = await office.call('caseNotes.list', { clientId, pageSize: 10, focusNoteId: notes[9].id });
    expect([earlier.page, earlier.rows[0].id]).toEqual([2, notes[9].id]);
    const later = await office.call('caseNotes.list', { clientId, pageSize: 10, focusNoteId: sameTime.id });
    expect([later.page, later.rows.at(-1)?.id]).toEqual([1, sameTime.id]);

    await actAs('oscar');
    const caseyNote = await office.call('caseNotes.create', { clientId: oscarsClientId, note: officeVisitNote() });
    await actAs('olivia');
    expect(await office.call('caseNotes.list', { clientId, pageSize: 10, page: 1, focusNoteId: caseyNote.id })).toMatchObject({ page: 1 });
  });
});

type Breakage = (note: NoteInput) => void;
const tomorrowAt = (time: string) => `${dayjs().add(1, 'day').format('YYYY-MM-DD')}T${time}`;

describe('note validation', () => {
  const shared = useSharedCaseRecordOffice();

  it.each<[string, () => NoteInput, Breakage, string, RegExp]>([
    ['a contact in the future', officeVisitNote, (n) => (n.contactAt = tomorrowAt('09:00')), 'note.contactAt', /cannot be in the future/],
    ['a contact time without the time', officeVisitNote, (n) => (n.contactAt = localTime(1).slice(0, 10)), 'note.contactAt', /YYYY-MM-DDTHH:mm/],
    ['a contact time that is not on the clock', officeVisitNote, (n) => (n.contactAt = localTime(1, '25:10')), 'note.contactAt', /not a real date and time/],
    ['an unknown contact type', officeVisitNote, (n) => (n.contactType = 'carrier_pigeon' as NoteInput['contactType']), 'note.contactType', /contact type/],
    ['a blank narrative', officeVisitNote, (n) => (n.narrative = '   '), 'note.narrative', /Write the narrative/],
    ['an acceptable absence without its reason', officeVisitNote, (n) => (n.outcome = 'acceptable_absence'), 'note.absenceReason', /reason the absence was acceptable/],
    ['a duration of no minutes', officeVisitNote, (n) => (n.durationMinutes = 0), 'note.durationMinutes', /at least 1 minute/],
    ['more than 20 tags', officeVisitNote, (n) => (n.tags = Array.from({ length: 21 }, (_, i) => `tag ${i}`)), 'note.tags', /at most 20 tags/],
    ['a home visit without its checklist', homeVisitNote, (n) => (n.homeVisit = null), 'note.homeVisit', /Fill in the home-visit checklist/],
    ['a checklist on an office visit', homeVisitNote, (n) => (n.contactType = 'office_visit'), 'note.homeVisit', /home-visit notes only/],
    ['others present without saying who', homeVisitNote, (n) => (n.homeVisit!.othersPresentWho = ''), 'note.homeVisit.othersPresentWho', /Say who else/],
    ['contraband observed without details', homeVisitNote, (n) => (n.homeVisit!.contrabandObserved = true), 'note.homeVisit.contrabandDetails', /Describe the contraband/],
    [
      'a checklist question left unanswered',
      homeVisitNote,
      (n) => delete (n.homeVisit as Partial<NonNullable<NoteInput['homeVisit']>>).residenceVerified,
      'note.homeVisit.residenceVerified',
      /residence verified/,
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_case, make, breakIt, field, message) => {
    const { office, clientId } = shared();
    const note = make();
    breakIt(note);
    await expectRefusal(office, 'caseNotes.create', { clientId, note }, { field, message });
  });

  it('answers NOT_FOUND for a client or a note that does not exist', async () => {
    const { office } = shared();
    expect(await office.fail('caseNotes.create', { clientId: 9999, note: officeVisitNote() })).toMatchObject({ code: 'NOT_FOUND', field: 'clientId' });
    expect(await office.fail('caseNotes.sign', { noteId: 9999 })).toMatchObject({ code: 'NOT_FOUND', field: 'noteId' });
  });
});
