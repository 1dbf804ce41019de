import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import { appointments, caseNotes, communityServiceHours, drugTests, ledgerEntries, noteReviews, programmeAttendance } from '../../db/schema';
import { CLIENT_STATUSES } from '../../electron/api/clients/clientsCodes';
import { CONTACT_OUTCOMES } from '../../electron/api/caseNotes/caseNotesCodes';
import { COURT_REPORT_STATUSES, COURT_REPORT_TYPES } from '../../electron/api/courtReports/courtReportsCodes';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/api/contract';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { DEMO_PASSWORD, type StaffMember } from '../../scripts/seed/demoOffice';
import { MIGRATIONS_FOLDER, seedOffice } from '../../scripts/seed/seedOffice';
import { makeTempDir, removeDir } from '../fixtures/tempDirs';
import { FAST_KDF_ITERATIONS } from '../fixtures/tempOffice';

const CLIENTS = 12;
/** The scale office's appointments: enough that the last year of calendars has some of each kind. */
const APPOINTMENTS = 400;
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
  return { sessions, call, dispatch };
}

type Office = ReturnType<typeof openOffice> & { dataDir: string; staff: StaffMember[] };

async function seeded(bulk: boolean): Promise<Office> {
  const dataDir = makeTempDir('seed');
  const staff = await seedOffice({
    dataDir,
    clients: CLIENTS,
    password: DEMO_PASSWORD,
    today: TODAY,
    kdfIterations: FAST_KDF_ITERATIONS,
    bulk,
    appointments: bulk ? APPOINTMENTS : 0,
  });
  return { ...openOffice(dataDir), dataDir, staff };
}

const username = (staff: StaffMember[], role: StaffMember['role']) => staff.find((m) => m.role === role)!.username;

/** Every client in the office, whatever the status, in case-number order. */
async function everyClient(office: Office) {
  await office.call('auth.login', { username: username(office.staff, 'supervisor'), password: DEMO_PASSWORD });
  const page = await office.call('clients.caseload', { scope: 'all', statuses: [...CLIENT_STATUSES], sort: 'caseNumber', pageSize: 200 });
  return page.rows;
}

/** A client's whole case record as the profile's tabs read it. */
async function caseRecordOf(office: Office, clientId: number) {
  return {
    notes: (await office.call('caseNotes.list', { clientId, pageSize: 200 })).rows,
    tests: await office.call('drugTests.list', { clientId }),
    violations: await office.call('violations.list', { clientId }),
    compliance: await office.call('compliance.get', { clientId }),
    plan: await office.call('plan.get', { clientId }),
    referrals: await office.call('referrals.list', { clientId }),
    timeline: (await office.call('timeline.list', { clientId, limit: 200 })).entries,
  };
}

type CaseRecord = Awaited<ReturnType<typeof caseRecordOf>>;

/** The notes recording an appointment's outcome (the demo office's calendars), drafted by setOutcome rather than replayed from the history. */
function outcomeNoteIds(office: Office): Set<number> {
  const { db } = office.sessions.requireActive().ctx;
  return new Set(
    db
      .select({ noteId: appointments.noteId })
      .from(appointments)
      .all()
      .flatMap((a) => (a.noteId === null ? [] : [a.noteId])),
  );
}

describe('seeded synthetic office', () => {
  const offices: Office[] = [];

  // The first office goes through the services throughout (npm run demo), the second takes the scale path (npm run seed).
  beforeAll(async () => {
    offices.push(await seeded(false), await seeded(true));
  }, 120_000);

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
    for (const office of offices) {
      await office.call('auth.login', { username: username(office.staff, 'admin'), password: DEMO_PASSWORD });
      expect((await office.call('audit.verify', {})).ok).toBe(true);
    }
  });

  it('gives clients a case record the services read back: notes, tests, violations with responses, compliance, plan and referrals', async () => {
    const office = offices[0];
    const clients = await everyClient(office);
    const records: CaseRecord[] = [];
    for (const client of clients) records.push(await caseRecordOf(office, client.id));
    const all = <T>(pick: (record: CaseRecord) => T[]) => records.flatMap(pick);
    const fromOutcomes = outcomeNoteIds(office);
    const notes = all((r) => r.notes).filter((n) => !fromOutcomes.has(n.id));
    // Tens of notes a client; a few even for those still active who came in three months ago.
    expect(notes.length / CLIENTS).toBeGreaterThan(20);
    clients.forEach((client, i) => {
      if (client.status === 'active' && client.supervisionStartDate < '2026-04-01') expect(records[i].notes.length).toBeGreaterThanOrEqual(5);
    });
    expect(new Set(notes.map((n) => n.contactType)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(notes.map((n) => n.outcome))).toEqual(new Set(CONTACT_OUTCOMES));
    for (const note of notes.filter((n) => n.contactType === 'home_visit')) expect(note.homeVisit?.residenceVerified).toBeTypeOf('boolean');
    expect(notes.filter((n) => n.status === 'draft').length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.status === 'draft').length).toBeLessThan(notes.length / 10);
    expect(notes.some((n) => n.isLateEntry)).toBe(true);
    expect(all((r) => r.notes.flatMap((n) => n.addenda)).length).toBeGreaterThan(0);
    expect(all((r) => r.notes.flatMap((n) => n.reviews)).length).toBeGreaterThan(0);

    const tests = all((r) => r.tests);
    expect(tests.filter((t) => t.overallResult === 'negative').length).toBeGreaterThan(tests.length / 2);
    expect(tests.some((t) => t.overallResult === 'positive' || t.overallResult === 'refused')).toBe(true);
    const violations = all((r) => r.violations);
    expect(violations.length).toBeGreaterThan(0);
    for (const violation of violations) expect(violation.responses.length).toBeGreaterThan(0);
    expect(violations.some((v) => v.noteIds.length > 0)).toBe(true);

    expect(all((r) => r.compliance.ledger.entries).some((e) => e.kind === 'payment')).toBe(true);
    expect(all((r) => r.compliance.serviceHours).length).toBeGreaterThan(0);
    expect(all((r) => r.plan).some((goal) => goal.history.length > 1)).toBe(true);
    expect(all((r) => r.referrals).some((referral) => referral.history.length > 1)).toBe(true);
    expect(new Set(all((r) => r.timeline.map((e) => e.kind))).size).toBeGreaterThanOrEqual(8);
  });

  it('signs what it says is signed, by the author, and keeps signed notes from being changed', async () => {
    const office = offices[0];
    const [client] = await everyClient(office);
    const { rows } = await office.call('caseNotes.list', { clientId: client.id, pageSize: 200 });
    for (const note of rows.filter((n) => n.status === 'signed')) {
      expect(note.signedBy).toBe(note.authorId);
      expect(note.signedAt! >= note.createdAt).toBe(true);
    }
    const signed = rows.find((n) => n.status === 'signed')!;
    const officer = office.staff.find((m) => m.fullName === client.assignedOfficerName)!;
    await office.call('auth.login', { username: officer.username, password: DEMO_PASSWORD });
    const result = await office.dispatch('caseNotes.delete', { noteId: signed.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('indexes the seeded notes for search: two words of a note find it', async () => {
    const office = offices[1];
    const [client] = await everyClient(office);
    const { rows } = await office.call('caseNotes.list', { clientId: client.id, pageSize: 200 });
    const note = rows.find((n) => n.narrative.split(' ').filter((w) => /^[A-Za-z]{7,}$/.test(w)).length >= 2)!;
    const words = note.narrative
      .split(' ')
      .filter((w) => /^[A-Za-z]{7,}$/.test(w))
      .slice(-2);
    const { notes } = await office.call('search.query', { text: words.join(' '), limit: 50 });
    for (const hit of notes) expect(hit.snippet.filter((part) => part.hit).length).toBe(2);
    // The newest fifty matches come back: when there are fewer, every match is there, this note too.
    if (notes.length < 50) expect(notes.map((hit) => hit.noteId)).toContain(note.id);
    expect(notes.length).toBeGreaterThan(0);
  });

  it('writes exactly the same notes, tests, hours, ledger entries and attendance on the scale path as through the services', async () => {
    for (const office of offices) await office.call('auth.login', { username: username(office.staff, 'admin'), password: DEMO_PASSWORD });
    const [services, bulk] = offices.map((office) => office.sessions.requireActive().ctx.db);
    // The demo office's outcomes draft notes of their own after the history; the scale path has none.
    const fromOutcomes = outcomeNoteIds(offices[0]);
    for (const table of [caseNotes, drugTests, communityServiceHours, ledgerEntries, programmeAttendance]) {
      const serviceRows = services
        .select()
        .from(table)
        .orderBy(asc(table.id))
        .all()
        .filter((row) => table !== caseNotes || !fromOutcomes.has(row.id));
      expect(serviceRows.length).toBeGreaterThan(0);
      expect(bulk.select().from(table).orderBy(asc(table.id)).all()).toEqual(serviceRows);
    }
  });

  it('adds the asked-for appointments on the scale path, listed in each officer calendar without double-bookings', async () => {
    const office = offices[1];
    await office.call('auth.login', { username: username(office.staff, 'admin'), password: DEMO_PASSWORD });
    expect(office.sessions.requireActive().ctx.db.select({ n: count() }).from(appointments).get()!.n).toBe(APPOINTMENTS);
    const caseload = await everyClient(office);
    const listed = [];
    for (const officer of office.staff.filter((m) => m.role === 'officer')) {
      await office.call('auth.login', { username: officer.username, password: DEMO_PASSWORD });
      const week = await office.call('appointments.list', { from: '2026-06-01', to: '2026-08-25' });
      const own = new Set(caseload.filter((c) => c.assignedOfficerName === officer.fullName).map((c) => c.id));
      for (const appointment of week) expect(own.has(appointment.clientId!)).toBe(true);
      const starts = week.map((a) => a.startAt).sort();
      expect(new Set(starts).size).toBe(starts.length);
      listed.push(...week);
      expect((await office.call('schedule.dashboard', {})).today).toBeTypeOf('string');
    }
    expect(listed.some((a) => a.startAt > '2026-07-01' && a.status === 'scheduled')).toBe(true);
    expect(listed.some((a) => a.startAt < '2026-06-30' && a.status === 'completed' && a.outcome === 'attended_complied')).toBe(true);
    expect(new Set(listed.map((a) => a.type)).size).toBeGreaterThanOrEqual(4);
  });

  it('gives the demo office eight weeks of calendars: past appointments with outcomes and their notes, coming ones scheduled, weekly series', async () => {
    const office = offices[0];
    const caseload = await everyClient(office);
    const listed = [];
    for (const officer of office.staff.filter((m) => m.role === 'officer')) {
      await office.call('auth.login', { username: officer.username, password: DEMO_PASSWORD });
      const calendar = await office.call('appointments.list', { from: '2026-06-02', to: '2026-07-27' });
      const own = new Set(caseload.filter((c) => c.assignedOfficerName === officer.fullName).map((c) => c.id));
      for (const appointment of calendar) expect(own.has(appointment.clientId!)).toBe(true);
      const starts = calendar.filter((a) => a.status !== 'cancelled').map((a) => a.startAt);
      expect(new Set(starts).size).toBe(starts.length);
      listed.push(...calendar);
    }
    const past = listed.filter((a) => a.startAt < '2026-06-29');
    expect(past.length).toBeGreaterThan(0);
    expect(past.filter((a) => a.status === 'scheduled')).toEqual([]);
    expect(past.filter((a) => a.outcome === 'attended_complied').length).toBeGreaterThan(past.length / 2);
    expect(past.some((a) => a.outcome === 'failed_to_attend' || a.outcome === 'attended_failed_to_comply')).toBe(true);
    for (const a of past.filter((a) => a.outcome !== null)) expect(a.noteId).toBeTypeOf('number');
    expect(listed.filter((a) => a.startAt > '2026-07-01' && a.status === 'scheduled').length).toBeGreaterThan(past.length / 2);
    expect(new Set(listed.map((a) => a.type))).toEqual(new Set(['office_visit', 'home_visit', 'drug_test']));
    for (const visit of listed.filter((a) => a.type === 'home_visit')) expect(visit.locationKind).toBe('client_address');
    const series = new Set(listed.map((a) => a.seriesId).filter((id) => id !== null));
    expect(series.size).toBeGreaterThanOrEqual(1);
    expect(listed.some((a) => a.seriesId !== null && a.status === 'cancelled' && a.exceptionKind === 'cancelled')).toBe(true);
    // Every active client has a calendar, not only each officer's first few.
    const booked = new Set(listed.map((a) => a.clientId));
    expect(caseload.filter((c) => c.status === 'active' && !booked.has(c.id)).map((c) => c.caseNumber)).toEqual([]);
    // Their notes are written up and signed on the day, as the officer would have; a few of the last days' are still drafts.
    const { db } = office.sessions.requireActive().ctx;
    const ids = [...outcomeNoteIds(office)];
    const notes = db
      .select()
      .from(caseNotes)
      .all()
      .filter((n) => ids.includes(n.id));
    const drafts = notes.filter((n) => n.status === 'draft');
    expect(notes.filter((n) => n.status === 'signed').length).toBeGreaterThan(notes.length / 2);
    for (const draft of drafts) expect(draft.contactAt >= '2026-06-26').toBe(true);
    for (const note of notes.filter((n) => n.status === 'signed')) {
      expect(note.narrative).not.toBe('');
      expect(note.signedAt!.slice(0, 10) >= note.contactAt.slice(0, 10)).toBe(true);
      expect(note.isLateEntry).toBe(false);
    }
  });

  it("leaves the demo supervisors a review queue of the last week or so of their teams' signed notes, oldest first, and the submitted reports", async () => {
    const office = offices[0];
    // Reviews come one to six days after signing, moved off weekends: anything signed before this has been reviewed.
    const reviewedBefore = '2026-06-21';
    for (const supervisor of office.staff.filter((m) => m.role === 'supervisor')) {
      await office.call('auth.login', { username: supervisor.username, password: DEMO_PASSWORD });
      const queue = await office.call('reviews.queue', {});
      expect(queue.notesTotal, supervisor.username).toBeGreaterThan(0);
      expect(queue.notes.length).toBe(Math.min(queue.notesTotal, 50));
      const signed = queue.notes.map((n) => n.signedAt);
      expect(signed).toEqual([...signed].sort());
      expect(signed[0] >= reviewedBefore).toBe(true);
      const team = new Set(office.staff.filter((m) => m.supervisor === supervisor.username).map((m) => m.fullName));
      for (const note of queue.notes) expect(team.has(note.authorName)).toBe(true);
      expect(queue.reports.map((r) => r.status)).toEqual(['submitted', 'submitted']);
    }
    // The older notes were reviewed by the author's supervisor, after they were signed.
    const { db } = office.sessions.requireActive().ctx;
    const reviews = db
      .select({ reviewerId: noteReviews.reviewerId, reviewedAt: noteReviews.reviewedAt, authorId: caseNotes.authorId, signedAt: caseNotes.signedAt })
      .from(noteReviews)
      .innerJoin(caseNotes, eq(caseNotes.id, noteReviews.noteId))
      .all();
    const signedNotes = db.select({ n: count() }).from(caseNotes).where(eq(caseNotes.status, 'signed')).get()!.n;
    expect(reviews.length).toBeGreaterThan(signedNotes * 0.8);
    const directory = await office.call('users.directory', {});
    const supervisorOf = (id: number) => directory.find((u) => u.id === id)?.supervisorId;
    for (const review of reviews) {
      expect(review.reviewerId).toBe(supervisorOf(review.authorId));
      expect(review.reviewedAt > review.signedAt!).toBe(true);
    }
  });

  it('gives the demo office court reports of every type in every status, written by officers and reviewed by supervisors', async () => {
    const office = offices[0];
    const caseload = await everyClient(office);
    const reports = [];
    for (const client of caseload) reports.push(...(await office.call('courtReports.forClient', { clientId: client.id })));
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(COURT_REPORT_STATUSES));
    expect(new Set(reports.map((r) => r.reportType))).toEqual(new Set(COURT_REPORT_TYPES));
    const officers = new Set(office.staff.filter((m) => m.role === 'officer').map((m) => m.fullName));
    for (const summary of reports) {
      const report = await office.call('courtReports.get', { reportId: summary.id });
      expect(officers.has(report.authorName)).toBe(true);
      if (report.status === 'returned') expect(report.reviewComments.at(-1)).toMatchObject({ action: 'returned', comment: expect.stringMatching(/\w/) });
      if (report.status === 'approved' || report.status === 'exported') expect(report.approvedBy).not.toBe(report.authorId);
      if (report.status === 'exported') expect(report.exportHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
