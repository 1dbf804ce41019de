import { describe, expect, it } from 'vitest';
import { auditRowsOf, caseRecordOffice, localTime, officeVisitNote } from '../fixtures/caseRecord';
import { daysAgo } from '../fixtures/intakeInput';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

describe('the review queue', () => {
  it("lists a supervisor's team's signed, unreviewed notes and others' submitted reports, oldest first, until reviewed", async () => {
    const { office, staff, actAs, clientId, oscarsClientId } = await caseRecordOffice(offices);
    const draft = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(5) }) });
    const first = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(4) }), sign: true });
    const second = await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(3) }), sign: true });
    const report = await office.call('courtReports.create', { clientId, reportType: 'progress', periodStart: daysAgo(90), periodEnd: daysAgo(0), courtDueDate: null });
    await office.call('courtReports.update', { reportId: report.id, narratives: {}, recommendation: 'Continue supervision as ordered.', courtDueDate: null });
    await office.call('courtReports.submit', { reportId: report.id });
    await actAs('oscar');
    const oscars = await office.call('caseNotes.create', { clientId: oscarsClientId, note: officeVisitNote(), sign: true });
    expect(await office.fail('reviews.queue', {})).toMatchObject({ code: 'FORBIDDEN' });

    // Sam leads Olivia, not Oscar: Olivia's signed notes only, never her draft.
    await actAs('sam');
    const queue = await office.call('reviews.queue', {});
    expect(queue.notes.map((n) => n.id)).toEqual([first.id, second.id]);
    expect(queue.notes[0]).toMatchObject({ clientId, authorName: staff.olivia.fullName, contactType: 'office_visit', caseNumber: expect.any(String) });
    expect(queue).toMatchObject({ notesTotal: 2, reportsTotal: 1, reports: [{ id: report.id }] });
    expect(queue.notes.map((n) => n.id)).not.toContain(draft.id);

    await office.call('caseNotes.review', { noteId: first.id, comment: 'Seen.' });
    await office.call('courtReports.approve', { reportId: report.id, comment: '' });
    expect(await office.call('reviews.queue', {})).toMatchObject({ notesTotal: 1, notes: [{ id: second.id }], reportsTotal: 0, reports: [] });
    expect(auditRowsOf(office, 'review.queue').at(-1)).toMatchObject({ userId: staff.sam.id, detail: '1 note(s), 0 report(s) awaiting review' });

    // An administrator who leads no team covers everyone else's notes.
    await actAs('admin');
    expect((await office.call('reviews.queue', {})).notes.map((n) => n.id)).toEqual([second.id, oscars.id]);
  });
});
