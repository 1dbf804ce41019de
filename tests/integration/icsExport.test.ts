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

    const [first] = series.appointments;
    // The fortnightly check-ins are one event with their rule, starting on the office clock.
    expect(events).toEqual([
      {
        uid: `series-${series.seriesId}@probation-desk`,
        summary: `Office visit: Jordan Whitaker (${first.caseNumber})`,
        location: 'Office, Room 2',
        description: 'Fortnightly check-in',
        status: 'CONFIRMED',
        tzid: CHICAGO,
        startWallClock: '2025-03-04T09:00:00',
        start: '2025-03-04T15:00:00.000Z',
        end: '2025-03-04T15:30:00.000Z',
      },
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

  it('writes a series as its rule in the office zone, a cancelled occurrence as an EXDATE and a moved or changed one as a RECURRENCE-ID override', async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    // Six weekly check-ins on Tuesdays at 09:00 across the change to daylight saving (9 March 2025), and the spring's until-dated meetings.
    const series = await book(office, officeVisit(staff.olivia.id, clientId, '2025-03-04', '09:00', { notes: 'Weekly check-in' }), weekly(6));
    const occ = series.appointments;
    await office.call('appointments.cancel', { appointmentId: occ[1].id });
    const moved = { ...officeVisit(staff.olivia.id, clientId, '2025-03-19', '10:00', { notes: 'Weekly check-in' }) };
    await office.call('appointments.updateOccurrence', { appointmentId: occ[2].id, appointment: moved });
    await office.call('appointments.updateOccurrence', {
      appointmentId: occ[3].id,
      appointment: officeVisit(staff.olivia.id, clientId, '2025-03-25', '09:00', { notes: 'Bring pay stubs' }),
    });
    const meetings = await book(
      office,
      { ...officeVisit(staff.olivia.id, null, '2025-03-06', '16:00'), type: 'other', title: 'Unit meeting', locationText: '' },
      weekly(0, 1, { count: null, until: '2025-03-27', weekdays: ['TH', 'MO'] }),
    );
    const monthly = await book(office, officeVisit(staff.olivia.id, clientId, '2025-01-14', '11:00'), {
      frequency: 'monthly',
      interval: 1,
      monthlyBy: 'weekday_of_month',
      count: 4,
    });

    const file = await office.call('schedule.exportIcs', { from: '2025-03-01', to: '2025-03-31' });
    const { calendar } = parseCalendar(file.content);
    expect(calendar.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual([CHICAGO]);
    const vevents = calendar.getAllSubcomponents('vevent');
    const ofUid = (uid: string) => vevents.filter((v) => v.getFirstPropertyValue('uid') === uid);
    const checkIns = ofUid(`series-${series.seriesId}@probation-desk`);
    const masters = checkIns.filter((v) => !v.hasProperty('recurrence-id'));
    expect(masters).toHaveLength(1);
    const [master] = masters;
    expect(master.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(CHICAGO);
    expect(master.getFirstPropertyValue('rrule')).toMatchObject({ freq: 'WEEKLY', interval: 1, count: 6 });
    const lines = file.content.split('\r\n');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=6;WKST=MO');
    const stamps = lines.filter((line) => line.startsWith('DTSTAMP:'));
    expect(stamps).toHaveLength(5);
    for (const stamp of stamps) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    const exdates = master.getAllProperties('exdate');
    expect(exdates.map((p) => [p.getParameter('tzid'), String(p.getFirstValue())])).toEqual([[CHICAGO, '2025-03-11T09:00:00']]);
    const overrides = checkIns.filter((v) => v.hasProperty('recurrence-id'));
    expect(
      overrides.map((v) => [
        v.getFirstProperty('recurrence-id')?.getParameter('tzid'),
        String(v.getFirstPropertyValue('recurrence-id')),
        String(v.getFirstPropertyValue('dtstart')),
        v.getFirstPropertyValue('description'),
      ]),
    ).toEqual([
      [CHICAGO, '2025-03-18T09:00:00', '2025-03-19T10:00:00', 'Weekly check-in'],
      [CHICAGO, '2025-03-25T09:00:00', '2025-03-25T09:00:00', 'Bring pay stubs'],
    ]);
    // The other rules as stored: weekdays with an end date (UNTIL in UTC: the last day's end on the office clock), a weekday of the month.
    expect(ofUid(`series-${meetings.seriesId}@probation-desk`)).toHaveLength(1);
    expect(ofUid(`series-${monthly.seriesId}@probation-desk`)).toHaveLength(1);
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH;UNTIL=20250328T045900Z;WKST=MO');
    expect(lines).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU;COUNT=4;WKST=MO');
    expect(vevents.filter((v) => !v.hasProperty('recurrence-id')).map((v) => v.getFirstPropertyValue('uid'))).toHaveLength(3);

    // A calendar program's expansion of the file (rules, EXDATEs, overrides) is what the app shows for the range.
    const from = ICAL.Time.fromJSDate(new Date('2025-03-01T06:00:00Z'), true);
    const to = ICAL.Time.fromJSDate(new Date('2025-04-01T05:00:00Z'), true);
    const expanded: [string, string, string][] = [];
    for (const component of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
      const event = new ICAL.Event(component);
      for (const exception of vevents.filter((v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === event.uid)) event.relateException(exception);
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const details = event.getOccurrenceDetails(next);
        if (details.startDate.compare(to) >= 0 && next.compare(to) >= 0) break;
        if (details.endDate.compare(from) <= 0 || details.startDate.compare(to) >= 0) continue;
        expanded.push([details.startDate.toJSDate().toISOString(), details.endDate.toJSDate().toISOString(), details.item.summary]);
      }
    }
    const shown = await office.call('appointments.list', { from: '2025-03-01', to: '2025-03-31', includeCancelled: false });
    const asShown = shown.map((a) => [a.startAt, a.endAt, a.clientName ? `${a.typeLabel}: ${a.clientName} (${a.caseNumber})` : `${a.typeLabel}: ${a.title}`]);
    expect(expanded.sort()).toEqual(asShown.sort());
    // 4, 19 (moved from the 18th) and 25 March; seven Monday and Thursday meetings; the 2nd Tuesday, 11 March.
    expect(asShown).toHaveLength(3 + 7 + 1);
    expect(file.count).toBe(asShown.length);
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
