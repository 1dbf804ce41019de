import { describe, expect, it } from 'vitest';
import { auditRowsOf, caseRecordOffice, type CaseRecordOffice } from '../fixtures/caseRecord';
import { book, officeVisit, useChicago, weekly, type AppointmentInput } from '../fixtures/schedule';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

/** Olivia's office with Chicago time, signed in as Olivia. */
async function chicagoOffice(): Promise<CaseRecordOffice> {
  const staffed = await caseRecordOffice(offices);
  await useChicago(staffed);
  return staffed;
}

/** Jordan's weekly check-ins on Tuesdays at 09:00 from 2 September 2025. */
const tuesdays = ({ staff, clientId }: CaseRecordOffice, time = '09:00') => officeVisit(staff.olivia.id, clientId, '2025-09-02', time);

/** The autumn's calendar as [local start, status, location] rows. */
async function autumn(office: CaseRecordOffice['office']) {
  const rows = await office.call('appointments.list', { from: '2025-09-01', to: '2025-10-31' });
  return rows.map((a) => [a.startLocal, a.status, a.locationText]);
}

describe('a recurring series', () => {
  it('keeps its wall-clock time across daylight-saving changes in the office time zone', async () => {
    const staffed = await chicagoOffice();
    const { office, staff, clientId } = staffed;
    const spring = await book(office, officeVisit(staff.olivia.id, clientId, '2025-02-25', '09:00'), weekly(4, 2));
    expect(spring.appointments.map((a) => [a.startLocal, a.startAt])).toEqual([
      ['2025-02-25T09:00', '2025-02-25T15:00:00.000Z'],
      ['2025-03-11T09:00', '2025-03-11T14:00:00.000Z'],
      ['2025-03-25T09:00', '2025-03-25T14:00:00.000Z'],
      ['2025-04-08T09:00', '2025-04-08T14:00:00.000Z'],
    ]);
    const autumnSeries = await book(office, officeVisit(staff.olivia.id, clientId, '2025-10-21', '16:00'), weekly(3));
    expect(autumnSeries.appointments.map((a) => [a.startLocal, a.startAt])).toEqual([
      ['2025-10-21T16:00', '2025-10-21T21:00:00.000Z'],
      ['2025-10-28T16:00', '2025-10-28T21:00:00.000Z'],
      ['2025-11-04T16:00', '2025-11-04T22:00:00.000Z'],
    ]);
    const { series } = await office.call('appointments.get', { appointmentId: spring.appointments[1].id });
    expect(series).toMatchObject({
      rule: 'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4',
      description: 'every 2 weeks for 4 times',
      occurrenceCount: 4,
      series: { id: spring.seriesId, timeZone: 'America/Chicago', firstStartLocal: '2025-02-25T09:00' },
    });
    expect(auditRowsOf(office, 'appointment.create').map((r) => r.detail)).toEqual([
      `appointment ${spring.appointments[0].id}; office_visit; series ${spring.seriesId} of 4; 0 double-booking(s) confirmed`,
      `appointment ${autumnSeries.appointments[0].id}; office_visit; series ${autumnSeries.seriesId} of 3; 0 double-booking(s) confirmed`,
    ]);
  });

  it('repeats monthly on the 2nd Tuesday until a date', async () => {
    const { office, staff, clientId } = await chicagoOffice();
    const { appointments } = await book(office, officeVisit(staff.olivia.id, clientId, '2025-09-09', '14:00'), {
      frequency: 'monthly',
      interval: 1,
      monthlyBy: 'weekday_of_month',
      until: '2025-12-31',
    });
    expect(appointments.map((a) => a.startLocal)).toEqual(['2025-09-09T14:00', '2025-10-14T14:00', '2025-11-11T14:00', '2025-12-09T14:00']);
  });
});

describe('changing one occurrence or this and the following ones', () => {
  it('keeps occurrences moved, changed or cancelled on their own through edits of the whole series and of the rest of it', async () => {
    const staffed = await chicagoOffice();
    const { office } = staffed;
    const { appointments: occ, seriesId } = await book(office, tuesdays(staffed), weekly(6));
    const change = (index: number, fields: Partial<AppointmentInput>) =>
      office.call('appointments.updateOccurrence', { appointmentId: occ[index].id, appointment: { ...tuesdays(staffed), ...fields } });

    const moved = await change(1, { start: '2025-09-10T13:00', end: '2025-09-10T13:30' });
    expect(moved).toMatchObject({ saved: true, appointments: [{ exceptionKind: 'moved', startLocal: '2025-09-10T13:00', seriesId }] });
    await office.call('appointments.cancel', { appointmentId: occ[2].id });
    await change(4, { start: '2025-09-30T09:00', end: '2025-09-30T09:30', notes: 'Bring ID' });

    // The whole series, from its first occurrence: an hour later and in another room.
    const whole = await office.call('appointments.updateFollowing', { appointmentId: occ[0].id, appointment: { ...tuesdays(staffed, '10:00'), locationText: 'Room 5' } });
    expect(whole).toMatchObject({ saved: true, seriesId });
    expect(await autumn(office)).toEqual([
      ['2025-09-02T10:00', 'scheduled', 'Room 5'],
      ['2025-09-10T13:00', 'scheduled', 'Room 2'],
      ['2025-09-16T09:00', 'cancelled', 'Room 2'],
      ['2025-09-23T10:00', 'scheduled', 'Room 5'],
      ['2025-09-30T09:00', 'scheduled', 'Room 2'],
      ['2025-10-07T10:00', 'scheduled', 'Room 5'],
    ]);

    // From the 4th on: the series splits there, and the rest keeps what was left of the six.
    const rest = await office.call('appointments.updateFollowing', {
      appointmentId: occ[3].id,
      appointment: { ...officeVisit(staffed.staff.olivia.id, staffed.clientId, '2025-09-23', '11:00'), locationText: 'Room 5' },
    });
    if (!rest.saved) throw new Error('not saved');
    expect(rest.seriesId).not.toBe(seriesId);
    expect(await autumn(office)).toEqual([
      ['2025-09-02T10:00', 'scheduled', 'Room 5'],
      ['2025-09-10T13:00', 'scheduled', 'Room 2'],
      ['2025-09-16T09:00', 'cancelled', 'Room 2'],
      ['2025-09-23T11:00', 'scheduled', 'Room 5'],
      ['2025-09-30T09:00', 'scheduled', 'Room 2'],
      ['2025-10-07T11:00', 'scheduled', 'Room 5'],
    ]);
    const head = await office.call('appointments.get', { appointmentId: occ[0].id });
    expect(head.series).toMatchObject({ series: { id: seriesId, untilDate: '2025-09-22', count: null }, occurrenceCount: 3 });
    const tail = await office.call('appointments.get', { appointmentId: occ[4].id });
    expect(tail).toMatchObject({ appointment: { notes: 'Bring ID', exceptionKind: 'modified', seriesId: rest.seriesId }, series: { series: { count: 3 }, occurrenceCount: 3 } });
    expect(auditRowsOf(office, 'appointment.updateFollowing').map((r) => r.detail)).toEqual([
      `appointment ${occ[0].id}; series ${seriesId}; 3 changed, 0 added, 0 removed, 3 kept, 0 detached; 0 double-booking(s) confirmed`,
      `appointment ${occ[3].id}; series ${seriesId} split into ${rest.seriesId}; 2 changed, 0 added, 0 removed, 1 kept, 0 detached; 0 double-booking(s) confirmed`,
    ]);
  });

  it('keeps a cancelled occurrence cancelled when the series moves to another weekday', async () => {
    const staffed = await chicagoOffice();
    const { office, staff, clientId } = staffed;
    const { appointments: occ } = await book(office, tuesdays(staffed), weekly(4));
    await office.call('appointments.cancel', { appointmentId: occ[2].id });
    await office.call('appointments.updateFollowing', { appointmentId: occ[0].id, appointment: officeVisit(staff.olivia.id, clientId, '2025-09-03', '09:00') });
    expect(await autumn(office)).toEqual([
      ['2025-09-03T09:00', 'scheduled', 'Room 2'],
      ['2025-09-10T09:00', 'scheduled', 'Room 2'],
      ['2025-09-16T09:00', 'cancelled', 'Room 2'],
      ['2025-09-24T09:00', 'scheduled', 'Room 2'],
    ]);
    // The cancellation now stands for the third Wednesday.
    expect((await office.call('appointments.get', { appointmentId: occ[2].id })).appointment).toMatchObject({
      exceptionKind: 'cancelled',
      originalStartAt: '2025-09-17T14:00:00.000Z',
    });
  });

  it('keeps exceptions on the days the new rule still meets when the rule itself changes', async () => {
    const staffed = await chicagoOffice();
    const { office } = staffed;
    const { appointments: occ } = await book(office, tuesdays(staffed), weekly(5));
    await office.call('appointments.cancel', { appointmentId: occ[2].id });
    await office.call('appointments.updateFollowing', { appointmentId: occ[0].id, appointment: tuesdays(staffed), recurrence: weekly(3, 2) });
    expect(await autumn(office)).toEqual([
      ['2025-09-02T09:00', 'scheduled', 'Room 2'],
      ['2025-09-16T09:00', 'cancelled', 'Room 2'],
      ['2025-09-30T09:00', 'scheduled', 'Room 2'],
    ]);
  });

  it('cancels this and the following occurrences: the series ends the day before, occurrences changed on their own are cancelled too', async () => {
    const staffed = await chicagoOffice();
    const { office } = staffed;
    const { appointments: occ, seriesId } = await book(office, tuesdays(staffed), weekly(5));
    await office.call('appointments.updateOccurrence', { appointmentId: occ[3].id, appointment: { ...tuesdays(staffed), start: '2025-09-24T09:00', end: '2025-09-24T09:30' } });
    const cancelled = await office.call('appointments.cancel', { appointmentId: occ[2].id, which: 'following' });
    expect(cancelled.map((a) => [a.id, a.status, a.seriesId])).toEqual([
      [occ[2].id, 'cancelled', null],
      [occ[3].id, 'cancelled', null],
    ]);
    expect(await autumn(office)).toEqual([
      ['2025-09-02T09:00', 'scheduled', 'Room 2'],
      ['2025-09-09T09:00', 'scheduled', 'Room 2'],
      ['2025-09-16T09:00', 'cancelled', 'Room 2'],
      ['2025-09-24T09:00', 'cancelled', 'Room 2'],
    ]);
    expect((await office.call('appointments.get', { appointmentId: occ[0].id })).series).toMatchObject({ series: { id: seriesId, untilDate: '2025-09-15' }, occurrenceCount: 2 });
  });

  it('asks to confirm a double-booking the edited series would make, and changes nothing until confirmed', async () => {
    const staffed = await chicagoOffice();
    const { office, staff } = staffed;
    const { appointments: occ } = await book(office, tuesdays(staffed), weekly(3));
    const meeting = await book(office, { ...officeVisit(staff.olivia.id, null, '2025-09-09', '10:00'), type: 'other', title: 'Team meeting' });
    const input = { appointmentId: occ[0].id, appointment: tuesdays(staffed, '10:00') };
    expect(await office.call('appointments.updateFollowing', input)).toMatchObject({
      saved: false,
      officerConflicts: [{ appointment: { id: meeting.appointments[0].id }, overlapsLocal: '2025-09-09T10:00' }],
    });
    expect((await autumn(office)).map((row) => row[0])).toEqual(['2025-09-02T09:00', '2025-09-09T09:00', '2025-09-09T10:00', '2025-09-16T09:00']);
    expect(await office.call('appointments.updateFollowing', { ...input, confirmConflicts: true })).toMatchObject({ saved: true });
    expect((await autumn(office)).map((row) => row[0])).toEqual(['2025-09-02T10:00', '2025-09-09T10:00', '2025-09-09T10:00', '2025-09-16T10:00']);
  });

  it('refuses to move an occurrence to another client, or to edit "the following" of a single appointment', async () => {
    const staffed = await chicagoOffice();
    const { office, staff } = staffed;
    const { appointments: occ } = await book(office, tuesdays(staffed), weekly(2));
    const single = await book(office, officeVisit(staff.olivia.id, null, '2025-09-04', '09:00', { type: 'other', title: 'Training' }));
    expect(
      await office.fail('appointments.updateOccurrence', { appointmentId: occ[0].id, appointment: { ...tuesdays(staffed), type: 'other', clientId: null, title: 'x' } }),
    ).toMatchObject({
      code: 'VALIDATION',
      field: 'appointment.clientId',
    });
    expect(
      await office.fail('appointments.updateFollowing', {
        appointmentId: single.appointments[0].id,
        appointment: officeVisit(staff.olivia.id, null, '2025-09-04', '09:00', { type: 'other', title: 'Training' }),
      }),
    ).toMatchObject({
      code: 'VALIDATION',
      field: 'appointmentId',
    });
  });
});
