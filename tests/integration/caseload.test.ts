import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { clients } from '../../db/schema';
import type { ChannelInput } from '../../electron/api/contract';
import { addBusinessDays } from '../../electron/services/contactStandards/businessDays';
import { daysAgo, fullIntakeInput } from '../fixtures/intakeInput';
import { staffedOffice, type StaffedOffice, type Staff } from '../fixtures/staffedOffice';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

type Level = 'low' | 'medium' | 'high' | 'very_high';
type Status = 'intake' | 'active' | 'warrant' | 'closed';
interface Person {
  lastName: string;
  officer: 'olivia' | 'oscar' | 'sam';
  status: Status;
  level: Level;
  startedDaysAgo: number;
}

/**
 * Olivia (on Sam's team): Adams, Baker (warrant), Clark (closed). Oscar: Davis. Sam: Evans (intake).
 * Each has their own state ID (SID-<last name>).
 */
const PEOPLE: Person[] = [
  { lastName: 'Adams', officer: 'olivia', status: 'active', level: 'low', startedDaysAgo: 30 },
  { lastName: 'Baker', officer: 'olivia', status: 'warrant', level: 'high', startedDaysAgo: 10 },
  { lastName: 'Clark', officer: 'olivia', status: 'closed', level: 'medium', startedDaysAgo: 400 },
  { lastName: 'Davis', officer: 'oscar', status: 'active', level: 'medium', startedDaysAgo: 20 },
  { lastName: 'Evans', officer: 'sam', status: 'intake', level: 'very_high', startedDaysAgo: 1 },
];

async function admit(staffed: StaffedOffice, person: Person) {
  const input = fullIntakeInput(staffed.staff[person.officer].id, { lastName: person.lastName, firstName: 'Pat' });
  input.identifiers = [{ type: 'state_id', value: `SID-${person.lastName}`, issuer: 'OH' }];
  input.screening.chosenLevel = person.level;
  input.screening.overrideReason = 'Set for the caseload test';
  input.assignment = {
    officerId: staffed.staff[person.officer].id,
    supervisionStartDate: daysAgo(person.startedDaysAgo),
    status: person.status === 'intake' ? 'intake' : 'active',
  };
  const { id } = await staffed.office.call('clients.intake', input);
  if (person.status === 'warrant' || person.status === 'closed') {
    await staffed.office.call('clients.setStatus', { clientId: id, status: person.status, effectiveDate: daysAgo(0), closureReason: 'completed' });
  }
  return id;
}

async function officeWithCaseloads() {
  const staffed = await staffedOffice(offices);
  await staffed.actAs('admin');
  const caseNumbers: Record<string, string> = {};
  for (const person of PEOPLE) {
    const id = await admit(staffed, person);
    caseNumbers[person.lastName] = (await staffed.office.call('clients.get', { clientId: id })).client.caseNumber;
  }
  return { ...staffed, caseNumbers };
}

async function names(staffed: StaffedOffice, who: keyof Staff, input: ChannelInput<'clients.caseload'>) {
  await staffed.actAs(who);
  return (await staffed.office.call('clients.caseload', input)).rows.map((r) => r.lastName);
}

describe('the caseload', () => {
  it("shows an officer their own clients, without closed ones, and nobody else's", async () => {
    const staffed = await officeWithCaseloads();
    await staffed.actAs('olivia');
    const page = await staffed.office.call('clients.caseload', {});
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(page.rows[0]).toEqual({
      id: expect.any(Number),
      caseNumber: staffed.caseNumbers.Adams,
      firstName: 'Pat',
      middleName: 'Lee',
      lastName: 'Adams',
      suffix: 'Jr.',
      dateOfBirth: '1990-04-12',
      status: 'active',
      supervisionLevel: 'low',
      supervisionStartDate: daysAgo(30),
      assignedOfficerId: staffed.staff.olivia.id,
      assignedOfficerName: 'olivia Testperson',
      hasPhoto: true,
      hasSafetyAlerts: true,
      // Taken in 30 days ago and never seen: the first contact, due 2 business days after intake, is overdue.
      contactStatus: { status: 'overdue', nextDueOn: addBusinessDays(daysAgo(30), 2) },
    });
    expect(page.rows.map((r) => r.lastName)).toEqual(['Adams', 'Baker']);
    for (const scope of ['team', 'all']) {
      expect(await staffed.office.fail('clients.caseload', { scope }), scope).toMatchObject({ code: 'FORBIDDEN', field: 'scope' });
    }
  });

  it("shows a supervisor their own, their team's or everyone's", async () => {
    const staffed = await officeWithCaseloads();
    expect(await names(staffed, 'sam', { scope: 'mine' })).toEqual(['Evans']);
    expect(await names(staffed, 'sam', { scope: 'team' })).toEqual(['Adams', 'Baker', 'Evans']);
    expect(await names(staffed, 'sam', { scope: 'all' })).toEqual(['Adams', 'Baker', 'Davis', 'Evans']);
    expect(await names(staffed, 'admin', { scope: 'all' })).toEqual(['Adams', 'Baker', 'Davis', 'Evans']);
  });

  it('filters by status, supervision level and officer', async () => {
    const staffed = await officeWithCaseloads();
    expect(await names(staffed, 'sam', { scope: 'all', statuses: ['closed'] })).toEqual(['Clark']);
    expect(await names(staffed, 'sam', { scope: 'all', statuses: ['active', 'warrant'] })).toEqual(['Adams', 'Baker', 'Davis']);
    expect(await names(staffed, 'sam', { scope: 'all', levels: ['medium', 'high'] })).toEqual(['Baker', 'Davis']);
    expect(await names(staffed, 'sam', { scope: 'all', officerId: staffed.staff.oscar.id })).toEqual(['Davis']);
  });

  it.each([
    ['caseNumber', 'desc', ['Evans', 'Davis', 'Baker', 'Adams']],
    ['status', 'asc', ['Evans', 'Adams', 'Davis', 'Baker']],
    ['level', 'asc', ['Adams', 'Davis', 'Baker', 'Evans']],
    ['level', 'desc', ['Evans', 'Baker', 'Davis', 'Adams']],
    ['officer', 'asc', ['Adams', 'Baker', 'Davis', 'Evans']],
    ['startDate', 'asc', ['Adams', 'Davis', 'Baker', 'Evans']],
    ['name', 'desc', ['Evans', 'Davis', 'Baker', 'Adams']],
  ] as const)('sorts by %s (%s)', async (sort, direction, expected) => {
    const staffed = await officeWithCaseloads();
    expect(await names(staffed, 'admin', { scope: 'all', sort, direction })).toEqual(expected);
  });

  it('searches by the start of a name, a case number or an identifier, closed clients included', async () => {
    const staffed = await officeWithCaseloads();
    const find = (search: string) => names(staffed, 'sam', { scope: 'all', search });
    expect(await find('bak')).toEqual(['Baker']);
    expect(await find('CLARK')).toEqual(['Clark']);
    expect(await find('pat d')).toEqual(['Davis']);
    expect(await find('evans, pat')).toEqual(['Evans']);
    expect(await find(staffed.caseNumbers.Clark)).toEqual(['Clark']);
    expect(await find('sid davis')).toEqual(['Davis']);
    expect(await find('zebra')).toEqual([]);
    // The search stays inside the officer's own caseload.
    expect(await names(staffed, 'olivia', { search: 'davis' })).toEqual([]);
  });
});

describe('the caseload at scale', () => {
  it('filters, sorts, searches and pages 5,000 clients in SQL (timings live in the benchmark)', async () => {
    const staffed = await staffedOffice(offices);
    await staffed.actAs('admin');
    await admit(staffed, PEOPLE[0]);
    const { db } = staffed.office.sessions.requireActive().ctx;
    const year = dayjs().year();
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      caseNumber: `PD-${year}-${String(i + 2).padStart(5, '0')}`,
      firstName: `First${i}`,
      lastName: `Last${String(i).padStart(4, '0')}`,
      firstNameKey: `first${i}`,
      lastNameKey: `last${String(i).padStart(4, '0')}`,
      dateOfBirth: '1985-01-01',
      sex: 'female' as const,
      status: i % 10 === 0 ? ('closed' as const) : ('active' as const),
      supervisionLevel: 'medium' as const,
      assignedOfficerId: i % 2 ? staffed.staff.olivia.id : staffed.staff.oscar.id,
      supervisionStartDate: '2024-01-01',
      createdBy: staffed.staff.admin.id,
    }));
    db.transaction((tx) => {
      for (let i = 0; i < rows.length; i += 500)
        tx.insert(clients)
          .values(rows.slice(i, i + 500))
          .run();
    });

    const caseload = (input: ChannelInput<'clients.caseload'>) => staffed.office.call('clients.caseload', input);
    const first = await caseload({ scope: 'all', pageSize: 100 });
    expect(first.total).toBe(4501);
    expect(first.rows).toHaveLength(100);
    const last = await caseload({ scope: 'all', pageSize: 100, page: 46, sort: 'officer' });
    expect(last.rows).toHaveLength(1);
    const searched = await caseload({ scope: 'all', search: 'last499' });
    expect(searched.total).toBe(10);
    await staffed.actAs('olivia');
    const own = await caseload({ sort: 'caseNumber', direction: 'desc' });
    expect(own.total).toBe(2501);
    expect(own.rows[0].caseNumber > own.rows[1].caseNumber).toBe(true);
  });

  it('pages without overlap or gaps', async () => {
    const staffed = await staffedOffice(offices);
    await staffed.actAs('olivia');
    for (let i = 0; i < 23; i++) await admit(staffed, { ...PEOPLE[0], lastName: `Person${String(i).padStart(2, '0')}` });
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await staffed.office.call('clients.caseload', { page, pageSize: 10 }));
    expect(pages.map((p) => p.rows.length)).toEqual([10, 10, 3]);
    expect(pages.every((p) => p.total === 23)).toBe(true);
    expect(pages.flatMap((p) => p.rows.map((r) => r.lastName))).toEqual(Array.from({ length: 23 }, (_, i) => `Person${String(i).padStart(2, '0')}`));
  });
});
