import { describe, expect, it } from 'vitest';
import { auditRowsOf, caseRecordOffice, homeVisitNote } from '../fixtures/caseRecord';
import { book, courtHearing, officeDay, officeVisit, useChicago, weekly } from '../fixtures/schedule';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

describe('an appointment', () => {
  it('is saved on the office clock as a UTC instant, listed for its dates and read back with names and place', async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const { appointments, seriesId } = await book(office, officeVisit(staff.olivia.id, clientId, '2025-07-08', '09:00', { notes: 'Bring pay slips.' }));
    expect(seriesId).toBeNull();
    const [saved] = appointments;
    expect(saved).toMatchObject({
      startAt: '2025-07-08T14:00:00.000Z',
      endAt: '2025-07-08T14:30:00.000Z',
      timeZone: 'America/Chicago',
      startLocal: '2025-07-08T09:00',
      endLocal: '2025-07-08T09:30',
      status: 'scheduled',
      clientName: 'Jordan Whitaker',
      officerName: staff.olivia.fullName,
      locationLabel: 'Office, Room 2',
      typeLabel: 'Office visit',
      notes: 'Bring pay slips.',
    });
    expect(await office.call('appointments.list', { from: '2025-07-08', to: '2025-07-08' })).toMatchObject([{ id: saved.id }]);
    expect(await office.call('appointments.list', { from: '2025-07-09', to: '2025-07-10' })).toEqual([]);
    expect(await office.call('appointments.get', { appointmentId: saved.id })).toMatchObject({ appointment: { id: saved.id }, series: null });
    expect(await office.call('appointments.forClient', { clientId, from: '2025-07-01', to: '2025-07-31' })).toMatchObject([{ id: saved.id }]);
    expect(auditRowsOf(office, 'appointment.create').map((r) => [r.entity, r.entityId, r.detail])).toEqual([
      ['client', String(clientId), `appointment ${saved.id}; office_visit; 0 double-booking(s) confirmed`],
    ]);
    expect(auditRowsOf(office, 'appointment.list')).toHaveLength(2);
  });

  it("goes to one of the client's addresses, and a court hearing carries its court, docket and hearing type", async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const { addresses } = await office.call('clients.get', { clientId });
    const home = addresses.find((a) => a.movedOut === null)!;
    const visit = await book(office, {
      ...officeVisit(staff.olivia.id, clientId, '2025-07-09', '15:00'),
      type: 'home_visit',
      locationKind: 'client_address',
      addressId: home.id,
      locationText: '',
    });
    expect(visit.appointments[0].locationLabel).toContain(home.line1);
    const hearing = await book(office, courtHearing(staff.olivia.id, clientId, '2025-07-10'));
    expect(hearing.appointments[0]).toMatchObject({
      court: 'Riverside County Court',
      docketNumber: 'CR-2024-0117',
      hearingType: 'Review hearing',
      locationLabel: 'County courthouse, courtroom 3',
    });
  });

  it('refuses bad input with the field it is about', async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId, oscarsClientId } = staffed;
    const base = officeVisit(staff.olivia.id, clientId, '2025-07-08');
    const refusal = (appointment: object, recurrence: object | null = null) => office.fail('appointments.create', { appointment, recurrence });
    expect(await refusal({ ...base, end: '2025-07-08T08:00' })).toMatchObject({ code: 'VALIDATION', field: 'appointment.end', message: 'The end must be after the start.' });
    expect(await refusal({ ...base, clientId: null })).toMatchObject({ field: 'appointment.clientId', message: 'Choose the client; only "other" events can be without one.' });
    expect(await refusal({ ...base, type: 'court_hearing' })).toMatchObject({ field: 'appointment.court', message: 'Enter the court.' });
    expect(await refusal({ ...base, locationKind: 'client_address' })).toMatchObject({ field: 'appointment.addressId' });
    expect(await refusal(base, { frequency: 'weekly', interval: 1 })).toMatchObject({
      field: 'recurrence.until',
      message: 'End the series either on a date or after a number of occurrences.',
    });
    expect(await refusal(base, { frequency: 'weekly', interval: 1, until: '2025-07-01' })).toMatchObject({
      field: 'recurrence.until',
      message: 'The last date of the series cannot be before its first appointment.',
    });
    // Another client's address, another officer's schedule, another officer's client.
    const { addresses } = await office.call('clients.get', { clientId });
    expect(await refusal({ ...base, clientId: oscarsClientId })).toMatchObject({ code: 'FORBIDDEN', field: 'appointment.clientId' });
    expect(await refusal({ ...base, officerId: staff.oscar.id })).toMatchObject({ code: 'FORBIDDEN', field: 'appointment.officerId' });
    await staffed.actAs('sam');
    const caseysAddress = (await office.call('clients.get', { clientId: oscarsClientId })).addresses[0];
    expect(await refusal({ ...base, locationKind: 'client_address', addressId: caseysAddress.id })).toMatchObject({ code: 'VALIDATION', field: 'appointment.addressId' });
    expect(addresses.length).toBeGreaterThan(0);
    expect(await office.call('appointments.list', { scope: 'officer', officerId: staff.olivia.id, from: '2025-07-01', to: '2025-07-31' })).toEqual([]);
  });
});

describe('double-booking', () => {
  it("returns the officer's overlapping appointments for confirmation, saving nothing until confirmed", async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const staffMeeting = await book(office, { ...officeVisit(staff.olivia.id, null, '2025-07-08', '09:00'), type: 'other', title: 'Staff meeting', end: '2025-07-08T10:00' });
    const visit = officeVisit(staff.olivia.id, clientId, '2025-07-08', '09:15');
    const first = await office.call('appointments.create', { appointment: visit });
    expect(first).toMatchObject({ saved: false, officerConflicts: [{ appointment: { id: staffMeeting.appointments[0].id }, overlapsLocal: '2025-07-08T09:15' }] });
    if (first.saved) throw new Error('unreachable');
    expect(first.officerConflicts[0].message).toBe(`Overlaps the other (Staff meeting) on Tue Jul 8, 2025, 09:00–10:00 held by ${staff.olivia.fullName}.`);
    expect(await office.call('appointments.list', { from: '2025-07-08', to: '2025-07-08' })).toHaveLength(1);

    const confirmed = await office.call('appointments.create', { appointment: visit, confirmConflicts: true });
    expect(confirmed).toMatchObject({ saved: true, officerConflicts: [{ appointment: { id: staffMeeting.appointments[0].id } }] });
    expect(await office.call('appointments.list', { from: '2025-07-08', to: '2025-07-08' })).toHaveLength(2);
    // Back to back is not a conflict.
    expect(await office.call('appointments.create', { appointment: officeVisit(staff.olivia.id, clientId, '2025-07-08', '10:00') })).toMatchObject({
      saved: true,
      officerConflicts: [],
    });
  });

  it('checks each occurrence of a series against only what meets it: a long event from the day before, not the days between', async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const olivia = staff.olivia.id;
    // A training day from 20:00 the evening before the third Tuesday to 18:00 that day (22 hours), and events between the Tuesdays.
    const training = await book(office, { ...officeVisit(olivia, null, '2025-07-21', '20:00'), type: 'other', title: 'Training', end: '2025-07-22T18:00' });
    await book(office, { ...officeVisit(olivia, null, '2025-07-10', '09:00'), type: 'other', title: 'Between', end: '2025-07-10T17:00' });
    const cancelled = await book(office, { ...officeVisit(olivia, null, '2025-07-15', '09:00'), type: 'other', title: 'Called off' });
    await office.call('appointments.cancel', { appointmentId: cancelled.appointments[0].id });
    const series = { appointment: officeVisit(olivia, clientId, '2025-07-08', '09:00'), recurrence: weekly(4) };
    const result = await office.call('appointments.create', series);
    expect(result).toMatchObject({ saved: false, officerConflicts: [{ appointment: { id: training.appointments[0].id }, overlapsLocal: '2025-07-22T09:00' }] });
    if (result.saved) throw new Error('unreachable');
    expect(result.officerConflicts).toHaveLength(1);
  });

  it("refuses a client's overlapping appointments outright, naming the one in the way, whoever holds it", async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const visit = await book(office, officeVisit(staff.olivia.id, clientId, '2025-07-08', '09:00'));
    await staffed.actAs('sam');
    const hearing = courtHearing(staff.sam.id, clientId, '2025-07-08', '09:20');
    const error = await office.fail('appointments.create', { appointment: hearing, confirmConflicts: true });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      field: 'appointment.start',
      message: `Jordan Whitaker already has an appointment at that time: the office visit with Jordan Whitaker on Tue Jul 8, 2025, 09:00–09:30 held by ${staff.olivia.fullName}.`,
    });
    // A cancelled appointment frees its slot.
    await staffed.actAs('olivia');
    await office.call('appointments.cancel', { appointmentId: visit.appointments[0].id });
    await staffed.actAs('sam');
    expect(await office.call('appointments.create', { appointment: hearing })).toMatchObject({ saved: true });
  });
});

describe('who sees and changes which schedule', () => {
  it("keeps officers to their own schedule, lets them read their clients' appointments, and lets supervisors see any", async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed, 'sam');
    const { office, staff, clientId } = staffed;
    const hearing = await book(office, courtHearing(staff.sam.id, clientId, '2025-07-10'));
    const hearingId = hearing.appointments[0].id;
    await staffed.actAs('olivia');
    const own = await book(office, officeVisit(staff.olivia.id, clientId, '2025-07-08'));
    // Olivia reads the hearing of her client held by Sam, but may not change it.
    expect(await office.call('appointments.get', { appointmentId: hearingId })).toMatchObject({ appointment: { id: hearingId } });
    expect(await office.fail('appointments.cancel', { appointmentId: hearingId })).toMatchObject({ code: 'FORBIDDEN', field: 'appointmentId' });
    expect(await office.fail('appointments.list', { scope: 'team', from: '2025-07-01', to: '2025-07-31' })).toMatchObject({ code: 'FORBIDDEN', field: 'scope' });
    expect(await office.fail('appointments.list', { scope: 'officer', officerId: staff.sam.id, from: '2025-07-01', to: '2025-07-31' })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'officerId',
    });

    await staffed.actAs('oscar');
    expect(await office.fail('appointments.get', { appointmentId: own.appointments[0].id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await office.call('appointments.list', { from: '2025-07-01', to: '2025-07-31' })).toEqual([]);

    // Sam's team is himself and Olivia.
    await staffed.actAs('sam');
    const team = await office.call('appointments.list', { scope: 'team', from: '2025-07-01', to: '2025-07-31' });
    expect(team.map((a) => a.id)).toEqual([own.appointments[0].id, hearingId]);
    expect(await office.call('appointments.list', { scope: 'officer', officerId: staff.olivia.id, from: '2025-07-01', to: '2025-07-31', types: ['office_visit'] })).toHaveLength(1);
    expect(auditRowsOf(office, 'appointment.access').map((r) => r.outcome)).toEqual(['failure', 'failure', 'failure', 'failure']);
  });
});

describe('recording an outcome', () => {
  it('completes the appointment and drafts its case note with type, time, place and outcome; the note is signed once written', async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const yesterday = officeDay(-1);
    const { appointments } = await book(office, officeVisit(staff.olivia.id, clientId, yesterday, '10:00'));
    const result = await office.call('appointments.setOutcome', { appointmentId: appointments[0].id, outcome: 'attended_complied' });
    expect(result).toMatchObject({ appointment: { status: 'completed', outcome: 'attended_complied' }, noteCreated: true, promptViolation: false });
    const { note } = await office.call('caseNotes.get', { noteId: result.noteId! });
    expect(note).toMatchObject({
      clientId,
      contactType: 'office_visit',
      contactAt: `${yesterday}T10:00`,
      durationMinutes: 30,
      location: 'Office, Room 2',
      outcome: 'attended_complied',
      status: 'draft',
      narrative: '',
    });
    expect(result.appointment.noteId).toBe(note.id);

    // The narrative is the officer's to write: the draft cannot be signed without it.
    expect(await office.fail('caseNotes.sign', { noteId: note.id })).toMatchObject({
      code: 'VALIDATION',
      field: 'note.narrative',
      message: 'Complete the note before signing it: Write the narrative of the contact.',
    });
    const { contactType, contactAt, durationMinutes, location, outcome } = note;
    await office.call('caseNotes.update', {
      noteId: note.id,
      note: { contactType, contactAt, durationMinutes, location, outcome, narrative: 'Reported on time; new job confirmed.' },
    });
    expect(await office.call('caseNotes.sign', { noteId: note.id })).toMatchObject({ status: 'signed' });

    // Recording the same outcome again opens the linked note; another outcome cannot contradict a signed note.
    expect(await office.call('appointments.setOutcome', { appointmentId: appointments[0].id, outcome: 'attended_complied' })).toMatchObject({
      noteId: note.id,
      noteCreated: false,
    });
    expect(await office.fail('appointments.setOutcome', { appointmentId: appointments[0].id, outcome: 'failed_to_attend' })).toMatchObject({ code: 'CONFLICT', field: 'outcome' });
    expect(auditRowsOf(office, 'appointment.outcome').map((r) => r.detail)).toEqual([
      `appointment ${appointments[0].id}; attended_complied; note ${note.id} drafted`,
      `appointment ${appointments[0].id}; attended_complied; note ${note.id}`,
    ]);
  });

  it('marks a missed appointment and tells the caller to ask about a violation; a draft note takes a corrected outcome', async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const { appointments } = await book(office, { ...officeVisit(staff.olivia.id, clientId, officeDay(-2), '14:00'), type: 'drug_test' });
    const missed = await office.call('appointments.setOutcome', { appointmentId: appointments[0].id, outcome: 'failed_to_attend' });
    expect(missed).toMatchObject({ appointment: { status: 'missed' }, promptViolation: true, noteCreated: true });
    const excused = await office.call('appointments.setOutcome', { appointmentId: appointments[0].id, outcome: 'acceptable_absence', absenceReason: 'In hospital' });
    expect(excused).toMatchObject({ appointment: { status: 'missed', outcome: 'acceptable_absence' }, noteId: missed.noteId, noteCreated: false, promptViolation: false });
    expect((await office.call('caseNotes.get', { noteId: missed.noteId! })).note).toMatchObject({
      contactType: 'drug_test',
      outcome: 'acceptable_absence',
      absenceReason: 'In hospital',
    });
    expect(await office.fail('appointments.setOutcome', { appointmentId: appointments[0].id, outcome: 'acceptable_absence' })).toMatchObject({ field: 'absenceReason' });
  });

  it('leaves a home visit checklist to fill in, refuses outcomes before the start, and frees the appointment when its draft is deleted', async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const visit = await book(office, {
      ...officeVisit(staff.olivia.id, clientId, officeDay(-1), '16:00'),
      type: 'home_visit',
      locationKind: 'other',
      locationText: '41 Elm Street',
    });
    const { noteId } = await office.call('appointments.setOutcome', { appointmentId: visit.appointments[0].id, outcome: 'attended_complied' });
    expect(await office.fail('caseNotes.sign', { noteId })).toMatchObject({ field: 'note.narrative' });
    const { note } = await office.call('caseNotes.get', { noteId: noteId! });
    expect(note).toMatchObject({ contactType: 'home_visit', homeVisit: null, location: '41 Elm Street' });
    await office.call('caseNotes.update', { noteId: note.id, note: { ...homeVisitNote({ contactAt: note.contactAt }), narrative: 'Seen at home.' } });
    expect(await office.call('caseNotes.sign', { noteId: note.id })).toMatchObject({ status: 'signed' });

    const later = await book(office, officeVisit(staff.olivia.id, clientId, officeDay(3)));
    expect(await office.fail('appointments.setOutcome', { appointmentId: later.appointments[0].id, outcome: 'attended_complied' })).toMatchObject({
      code: 'VALIDATION',
      field: 'appointmentId',
    });

    const other = await book(office, officeVisit(staff.olivia.id, clientId, officeDay(-1), '08:00'));
    const drafted = await office.call('appointments.setOutcome', { appointmentId: other.appointments[0].id, outcome: 'rescheduled' });
    expect(drafted.appointment.status).toBe('rescheduled');
    await office.call('caseNotes.delete', { noteId: drafted.noteId! });
    expect((await office.call('appointments.get', { appointmentId: other.appointments[0].id })).appointment.noteId).toBeNull();
  });

  it('puts past appointments without an outcome on the dashboard until one is recorded', async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const old = await book(office, officeVisit(staff.olivia.id, clientId, officeDay(-2), '11:00'));
    const today = await book(office, officeVisit(staff.olivia.id, clientId, officeDay(0), '23:00'));
    await book(office, courtHearing(staff.olivia.id, clientId, officeDay(5)));
    const dashboard = await office.call('schedule.dashboard', {});
    expect(dashboard.today).toBe(officeDay(0));
    expect(dashboard.outcomesToRecord.map((a) => a.id)).toEqual([old.appointments[0].id]);
    expect(dashboard.todays.map((a) => a.id)).toEqual([today.appointments[0].id]);
    expect(dashboard.upcomingCourtHearings).toMatchObject([{ court: 'Riverside County Court' }]);
    await office.call('appointments.setOutcome', { appointmentId: old.appointments[0].id, outcome: 'attended_complied' });
    expect((await office.call('schedule.dashboard', {})).outcomesToRecord).toEqual([]);
  });
});

describe('the field day', () => {
  it("lists a day's home and field visits in time order with the address to go to and the client's safety alerts", async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const { addresses } = await office.call('clients.get', { clientId });
    const current = addresses.find((a) => a.kind === 'residence' && a.movedOut === null)!;
    await book(office, {
      ...officeVisit(staff.olivia.id, clientId, '2025-07-08', '15:00'),
      type: 'home_visit',
      locationKind: 'client_address',
      addressId: current.id,
      locationText: '',
    });
    await book(office, { ...officeVisit(staff.olivia.id, clientId, '2025-07-08', '11:00'), type: 'field_visit', locationKind: 'other', locationText: 'Tyre shop, 9 Mill Road' });
    await book(office, officeVisit(staff.olivia.id, clientId, '2025-07-08', '09:00'));
    const day = await office.call('schedule.fieldDay', { date: '2025-07-08' });
    expect(day).toMatchObject({ date: '2025-07-08', officerId: staff.olivia.id, officerName: staff.olivia.fullName });
    expect(day.visits.map((v) => [v.appointment.type, v.appointment.startLocal.slice(11), v.address])).toEqual([
      ['field_visit', '11:00', 'Tyre shop, 9 Mill Road'],
      ['home_visit', '15:00', expect.stringContaining(current.line1)],
    ]);
    expect(day.visits[0].client).toMatchObject({ id: clientId, name: 'Jordan Whitaker', safetyAlerts: 'Large dog at the residence.', hasPhoto: true });
    expect(auditRowsOf(office, 'client.view').filter((r) => r.detail === 'field day 2025-07-08')).toHaveLength(1);
  });
});
