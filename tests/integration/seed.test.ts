import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_STATUSES } from '../../db/schema';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/api/contract';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { DEMO_PASSWORD, type StaffMember } from '../../scripts/seed/demoOffice';
import { MIGRATIONS_FOLDER, seedOffice } from '../../scripts/seed/seedOffice';
import { makeTempDir, removeDir } from '../fixtures/tempDirs';
import { FAST_KDF_ITERATIONS } from '../fixtures/tempOffice';

const CLIENTS = 12;
/** A fixed "today" in the past, so the data set is the same whenever the test runs. */
const TODAY = '2026-06-30';

/** A seeded office opened as the app opens it: a session manager and the dispatcher. */
function openOffice(dataDir: string) {
  const sessions = new SessionManager({ dataDir, migrationsFolder: MIGRATIONS_FOLDER, kdfIterations: FAST_KDF_ITERATIONS });
  const dispatch = createDispatcher(sessions);
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };
  return { sessions, call };
}

type Office = ReturnType<typeof openOffice> & { dataDir: string; staff: StaffMember[] };

async function seeded(): Promise<Office> {
  const dataDir = makeTempDir('seed');
  const staff = await seedOffice({ dataDir, clients: CLIENTS, password: DEMO_PASSWORD, today: TODAY, kdfIterations: FAST_KDF_ITERATIONS });
  return { ...openOffice(dataDir), dataDir, staff };
}

const username = (staff: StaffMember[], role: StaffMember['role']) => staff.find((m) => m.role === role)!.username;

/** Every client in the office, whatever the status, in case-number order. */
async function everyClient(office: Office) {
  await office.call('auth.login', { username: username(office.staff, 'supervisor'), password: DEMO_PASSWORD });
  const page = await office.call('clients.caseload', { scope: 'all', statuses: [...CLIENT_STATUSES], sort: 'caseNumber', pageSize: 200 });
  return page.rows;
}

describe('seeded synthetic office', () => {
  const offices: Office[] = [];

  beforeAll(async () => {
    offices.push(await seeded(), await seeded());
  });

  afterAll(() => {
    for (const office of offices) {
      office.sessions.shutdown();
      removeDir(office.dataDir);
    }
  });

  it('gives the same people, case numbers and levels for the same seed and date', async () => {
    const [first, second] = await Promise.all(offices.map(everyClient));
    const summary = (rows: typeof first) => rows.map((c) => [c.caseNumber, c.firstName, c.lastName, c.dateOfBirth, c.status, c.supervisionLevel, c.assignedOfficerName]);
    expect(first).toHaveLength(CLIENTS);
    expect(summary(second)).toEqual(summary(first));
    expect(offices[1].staff).toEqual(offices[0].staff);
  });

  it('gives every client a whole intake: address, court case with offences, conditions, background and a screening', async () => {
    const office = offices[0];
    for (const row of await everyClient(office)) {
      const profile = await office.call('clients.get', { clientId: row.id });
      expect(profile.addresses.filter((a) => a.movedOut === null)).toHaveLength(1);
      expect(profile.identifiers.length).toBeGreaterThan(0);
      expect(profile.associates.length).toBeGreaterThan(0);
      expect(profile.courtCases.length).toBeGreaterThan(0);
      for (const courtCase of profile.courtCases) expect(courtCase.offences.length).toBeGreaterThan(0);
      expect(profile.conditions.some((c) => c.kind === 'standard')).toBe(true);
      expect(profile.background?.criminalHistory).not.toBe('');
      expect(profile.assessments).toHaveLength(1);
      expect(profile.assessments[0].chosenLevel).toBe(row.supervisionLevel);
      // The history runs up to the status the caseload shows.
      expect(profile.statusHistory[0].toStatus).toBe(row.status);
    }
  });

  it('has an administrator, two supervisors and their teams of officers, all signing in with the printed password', async () => {
    const office = offices[0];
    for (const member of office.staff) {
      const status = await office.call('auth.login', { username: member.username, password: DEMO_PASSWORD });
      expect(status.state).toBe('active');
      expect(status.user?.mustChangePassword).toBe(false);
    }
    const directory = await office.call('users.directory', {});
    const byRole = (role: StaffMember['role']) => directory.filter((u) => u.role === role);
    expect(byRole('admin')).toHaveLength(1);
    expect(byRole('supervisor')).toHaveLength(2);
    for (const supervisor of byRole('supervisor')) expect(byRole('officer').filter((o) => o.supervisorId === supervisor.id)).toHaveLength(4);
    expect(byRole('officer')).toHaveLength(8);
  });

  it('leaves an intact audit chain', async () => {
    const office = offices[0];
    await office.call('auth.login', { username: username(office.staff, 'admin'), password: DEMO_PASSWORD });
    expect((await office.call('audit.verify', {})).ok).toBe(true);
  });
});
