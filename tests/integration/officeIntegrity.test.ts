import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openEncryptedDatabase } from '../../db/open';
import type { AuditPage } from '../../electron/api/audit/auditWire';
import { HostConnection } from '../../electron/office/hostConnection';
import { HostEvents } from '../../electron/office/hostEvents';
import type { OfficeEvent } from '../../electron/api/office/officeEvents';
import { enrolWorkstation } from '../../electron/office/workstationEnrolment';
import { createWorkstationKey } from '../../electron/office/workstationKey';
import { officeVisitNote } from '../fixtures/caseRecord';
import { daysAgo, fullIntakeInput } from '../fixtures/intakeInput';
import { officeVisit } from '../fixtures/schedule';
import { ADMIN_PASSWORD, errorOf, NEW_PASSWORD, type HostRun, useOfficeHosts, valueOf } from '../fixtures/officeHostRun';
import { MIGRATIONS_FOLDER } from '../fixtures/tempOffice';

const startOfficeHost = useOfficeHosts();
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A TCP relay to the host that can cut every connection through it at once, as a dropped network would. */
async function relayTo(address: string) {
  const target = new URL(address);
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return {
    address: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cutAll: () => {
      for (const socket of sockets) socket.resetAndDestroy();
    },
  };
}

/** An enrolled workstation whose connection to the host goes through `address`. */
async function enrolThrough(run: HostRun, name: string, address: string) {
  const key = await createWorkstationKey();
  const enrolled = await enrolWorkstation({ hostAddress: run.server.address, hostFingerprint: run.host.identity.fingerprint, code: await run.code(name), key });
  const connection = new HostConnection(address, enrolled.hostCertificatePem, enrolled.hostFingerprint, { keyPem: key.keyPem, certificatePem: enrolled.certificatePem });
  cleanups.push(() => connection.close());
  return connection;
}

describe('office host integrity', () => {
  it('names the workstation on every audit row a call from it writes, and the host for what happens at its console; the chain verifies', async () => {
    const run = await startOfficeHost();
    const frontDesk = await run.enrol('Front desk');
    valueOf(await frontDesk.invoke('auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
    valueOf(await frontDesk.invoke('office.createEnrollmentCode', { workstationName: 'Back office' }));

    const page = valueOf<AuditPage>(await frontDesk.invoke('audit.list', { filter: {}, page: 1, pageSize: 500 }));
    const byAction = (action: string) => page.rows.filter((row) => row.action === action).map((row) => row.workstation);
    expect(byAction('office.createEnrollmentCode')).toEqual(['Front desk', 'office host']);
    expect(byAction('auth.login').slice(0, 2)).toEqual(['Front desk', 'office host']);
    // Rows from before the host (the office's set-up in the test fixture) name no workstation and still verify.
    expect(page.rows.at(-1)?.workstation).toBeNull();
    expect(valueOf<{ ok: boolean }>(await frontDesk.invoke('audit.verify', {})).ok).toBe(true);

    const exported = valueOf<{ content: string }>(await frontDesk.invoke('audit.export', { filter: {} }));
    expect(exported.content.split('\n')[0]).toContain('workstation');
    expect(exported.content).toContain('Front desk');
  });

  it('applies a write once, and tells other workstations of it once, when its answer was lost with the connection and the workstation retried it; a new call applies again', async () => {
    const run = await startOfficeHost();
    const relay = await relayTo(run.server.address);
    const desk = await enrolThrough(run, 'Front desk', relay.address);
    const { user } = valueOf<{ user: { id: number } }>(await desk.invoke('auth.login', { username: 'olivia', password: NEW_PASSWORD }));
    const backOffice = await run.enrol('Back office');
    valueOf(await backOffice.invoke('auth.login', { username: 'sam', password: NEW_PASSWORD }));
    const events = new HostEvents(backOffice, { minDelayMs: 50, maxDelayMs: 200 });
    cleanups.push(() => events.close());
    const heard: OfficeEvent[] = [];
    events.subscribe((event) => heard.push(event));
    await vi.waitFor(() => expect(events.streaming).toBe(true));
    const notesCreated = () => heard.filter((event) => event.type === 'change' && event.channel === 'caseNotes.create');
    const client = valueOf<{ id: number }>(await desk.invoke('clients.intake', fullIntakeInput(user.id)));

    // The host writes the note, then the connection drops before its answer reaches the workstation.
    const [session] = run.host.sessions.all().filter((s) => s.sessions.peekActive());
    const dispatch = session.dispatch;
    let ran = 0;
    session.dispatch = async (channel, input) => {
      const answer = await dispatch(channel, input);
      if (channel === 'caseNotes.create' && ++ran === 1) relay.cutAll();
      return answer;
    };
    const created = valueOf<{ id: number }>(await desk.invoke('caseNotes.create', { clientId: client.id, note: officeVisitNote() }));

    const key = Buffer.from(session.sessions.requireActive().keys.masterKey);
    const raw = openEncryptedDatabase(run.office.databaseFile, { key, migrationsFolder: MIGRATIONS_FOLDER });
    cleanups.push(() => raw.sqlite.close());
    const count = (sql: string) => raw.sqlite.prepare(sql).pluck().get();
    expect(ran).toBe(1);
    expect(count('SELECT count(*) FROM case_notes')).toBe(1);
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'caseNote.create'")).toBe(1);
    expect(count('SELECT max(id) FROM case_notes')).toBe(created.id);

    valueOf(await desk.invoke('caseNotes.create', { clientId: client.id, note: officeVisitNote() }));
    expect(count('SELECT count(*) FROM case_notes')).toBe(2);
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'caseNote.create'")).toBe(2);
    // One stream delivers in order: a second event for the retried write would come before the new call's.
    await vi.waitFor(() => expect(notesCreated().length).toBeGreaterThanOrEqual(2));
    expect(notesCreated()).toHaveLength(2);
  });

  it('refuses an edit made on an older version of a draft note, an appointment or the client details, naming who changed it and when; the record keeps that change (report drafts too)', async () => {
    const run = await startOfficeHost();
    const frontDesk = await run.enrol('Front desk');
    const backOffice = await run.enrol('Back office');
    const { user } = valueOf<{ user: { id: number; fullName: string } }>(await frontDesk.invoke('auth.login', { username: 'olivia', password: NEW_PASSWORD }));
    valueOf(await backOffice.invoke('auth.login', { username: 'olivia', password: NEW_PASSWORD }));
    const stale = new RegExp(
      `^This (draft note|appointment|client's record|report draft) was changed by ${user.fullName} at [A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{2}:\\d{2} — reload to see the changes\\.$`,
    );
    const input = fullIntakeInput(user.id);
    const client = valueOf<{ id: number }>(await frontDesk.invoke('clients.intake', input));

    // Both desks opened the same draft (version 1); the front desk saves first.
    const note = valueOf<{ id: number; rowVersion: number }>(await frontDesk.invoke('caseNotes.create', { clientId: client.id, note: officeVisitNote() }));
    const saved = valueOf<{ rowVersion: number }>(
      await frontDesk.invoke('caseNotes.update', { noteId: note.id, version: note.rowVersion, note: officeVisitNote({ narrative: 'Front desk wrote this.' }) }),
    );
    expect(saved.rowVersion).toBe(note.rowVersion + 1);
    const refused = errorOf(
      await backOffice.invoke('caseNotes.update', { noteId: note.id, version: note.rowVersion, note: officeVisitNote({ narrative: 'Back office wrote this.' }) }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(stale) });
    expect(valueOf<{ note: { narrative: string } }>(await backOffice.invoke('caseNotes.get', { noteId: note.id })).note.narrative).toBe('Front desk wrote this.');

    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const booked = valueOf<{ appointments: { id: number; rowVersion: number }[] }>(
      await frontDesk.invoke('appointments.create', { appointment: officeVisit(user.id, client.id, day, '09:00'), recurrence: null, confirmConflicts: true }),
    ).appointments[0];
    const move = (desk: HostConnection, time: string) =>
      desk.invoke('appointments.updateOccurrence', {
        appointmentId: booked.id,
        version: booked.rowVersion,
        appointment: officeVisit(user.id, client.id, day, time),
        confirmConflicts: true,
      });
    valueOf(await move(frontDesk, '10:00'));
    expect(errorOf(await move(backOffice, '11:00'))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(stale) });
    expect(valueOf<{ appointment: { startLocal: string } }>(await backOffice.invoke('appointments.get', { appointmentId: booked.id })).appointment.startLocal).toBe(`${day}T10:00`);

    const { client: record } = valueOf<{ client: { rowVersion: number } }>(await frontDesk.invoke('clients.get', { clientId: client.id }));
    const rename = (desk: HostConnection, lastName: string) =>
      desk.invoke('clients.updateIdentity', { clientId: client.id, version: record.rowVersion, identity: { ...input.identity, lastName }, aliases: [], identifiers: [] });
    valueOf(await rename(frontDesk, 'Whitaker-Hale'));
    expect(errorOf(await rename(backOffice, 'Whitaker-Stone'))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(stale) });
    expect(valueOf<{ client: { lastName: string } }>(await backOffice.invoke('clients.get', { clientId: client.id })).client.lastName).toBe('Whitaker-Hale');

    const report = valueOf<{ id: number; rowVersion: number }>(
      await frontDesk.invoke('courtReports.create', { clientId: client.id, reportType: 'progress', periodStart: daysAgo(30), periodEnd: daysAgo(0), courtDueDate: null }),
    );
    const recommend = (desk: HostConnection, recommendation: string) =>
      desk.invoke('courtReports.update', { reportId: report.id, version: report.rowVersion, narratives: {}, recommendation, courtDueDate: null });
    valueOf(await recommend(frontDesk, 'Continue supervision.'));
    expect(errorOf(await recommend(backOffice, 'Early termination.'))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(stale) });
    expect(valueOf<{ recommendation: string }>(await backOffice.invoke('courtReports.get', { reportId: report.id })).recommendation).toBe('Continue supervision.');
  });
});
