import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { auditRowsOf, caseRecordOffice } from '../fixtures/caseRecord';
import { book, CHICAGO, courtHearing, officeVisit, useChicago, weekly } from '../fixtures/schedule';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

/** Reads an .ics the way a calendar program does, with ical.js: its time zones registered from its own VTIMEZONE blocks. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: component.getFirstPropertyValue('status'),
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid'),
      startWallClock: event.startDate.toString(),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
  return { calendar, events };
}

describe('the .ics export', () => {
  it("writes an officer's appointments with the office time zone, and parses back field by field with an independent parser", async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    const series = await book(office, officeVisit(staff.olivia.id, clientId, '2025-03-04', '09:00', { notes: 'Fortnightly check-in' }), weekly(2));
    const hearing = await book(office, courtHearing(staff.olivia.id, clientId, '2025-03-12', '10:00', { end: '2025-03-12T11:15', notes: 'Progress report due the day before.' }));
    const meeting = await book(office, { ...officeVisit(staff.olivia.id, null, '2025-03-13', '08:00'), type: 'other', title: 'Unit meeting', locationText: '' });
    const cancelled = await book(office, officeVisit(staff.olivia.id, clientId, '2025-03-14', '09:00'));
    await office.call('appointments.cancel', { appointmentId: cancelled.appointments[0].id });
    await book(office, officeVisit(staff.olivia.id, clientId, '2025-04-01', '09:00'));

    const file = await office.call('schedule.exportIcs', { from: '2025-03-01', to: '2025-03-31' });
    expect(file).toMatchObject({ filename: 'appointments-olivia-2025-03-01-to-2025-03-31.ics', count: 4 });
    const { calendar, events } = parseCalendar(file.content);
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Probation Desk');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual([CHICAGO]);

    const [first, second] = series.appointments;
    const checkIn = (id: number, wallClock: string, start: string, end: string) => ({
      uid: `appointment-${id}@probation-desk`,
      summary: `Office visit: Jordan Whitaker (${first.caseNumber})`,
      location: 'Office, Room 2',
      description: 'Fortnightly check-in',
      status: 'CONFIRMED',
      tzid: CHICAGO,
      startWallClock: wallClock,
      start,
      end,
    });
    expect(events).toEqual([
      checkIn(first.id, '2025-03-04T09:00:00', '2025-03-04T15:00:00.000Z', '2025-03-04T15:30:00.000Z'),
      // After the change to daylight saving: the same wall-clock time, an hour earlier in UTC.
      checkIn(second.id, '2025-03-11T09:00:00', '2025-03-11T14:00:00.000Z', '2025-03-11T14:30:00.000Z'),
      {
        uid: `appointment-${hearing.appointments[0].id}@probation-desk`,
        summary: `Court hearing: Jordan Whitaker (${first.caseNumber})`,
        location: 'County courthouse, courtroom 3',
        description: 'Court: Riverside County Court\nDocket: CR-2024-0117\nHearing: Review hearing\nProgress report due the day before.',
        status: 'CONFIRMED',
        tzid: CHICAGO,
        startWallClock: '2025-03-12T10:00:00',
        start: '2025-03-12T15:00:00.000Z',
        end: '2025-03-12T16:15:00.000Z',
      },
      {
        uid: `appointment-${meeting.appointments[0].id}@probation-desk`,
        summary: 'Other: Unit meeting',
        location: 'Office',
        description: null,
        status: 'CONFIRMED',
        tzid: CHICAGO,
        startWallClock: '2025-03-13T08:00:00',
        start: '2025-03-13T13:00:00.000Z',
        end: '2025-03-13T13:30:00.000Z',
      },
    ]);
    expect(auditRowsOf(office, 'schedule.exportIcs').map((r) => r.detail)).toEqual([`officer ${staff.olivia.id}; 2025-03-01 to 2025-03-31; 4 appointment(s)`]);
  });

  it("is an officer's own schedule, unless a supervisor exports another's", async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    await book(office, officeVisit(staff.olivia.id, clientId, '2025-03-04', '09:00'));
    await staffed.actAs('oscar');
    expect(await office.fail('schedule.exportIcs', { officerId: staff.olivia.id, from: '2025-03-01', to: '2025-03-31' })).toMatchObject({ code: 'FORBIDDEN', field: 'officerId' });
    expect(await office.call('schedule.exportIcs', { from: '2025-03-01', to: '2025-03-31' })).toMatchObject({ count: 0 });
    await staffed.actAs('sam');
    expect(await office.call('schedule.exportIcs', { officerId: staff.olivia.id, from: '2025-03-01', to: '2025-03-31' })).toMatchObject({ count: 1 });
    expect(await office.fail('schedule.exportIcs', { from: '2025-03-31', to: '2025-03-01' })).toMatchObject({ code: 'VALIDATION', field: 'to' });
  });
});
