// `npm run bench`: the operations an officer waits on, timed on a scale office (encrypted, as the app
// runs) and on an unencrypted copy of it in the same run, so the cost of encryption shows as a ratio.
import { rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { asc, count } from 'drizzle-orm';
import { caseNotes, clients } from '../../db/schema';
import { channelEffects } from '../../electron/api/channelEffects';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { listCaseload } from '../../electron/services/clients/caseload';
import { getClientProfile } from '../../electron/services/clients/profileReads';
import { findDuplicates } from '../../electron/services/clients/duplicates';
import type { ServiceContext } from '../../electron/services/context';
import { today } from '../../electron/api/shared/fieldSchemas';
import { DEMO_PASSWORD } from '../seed/demoOffice';
import { buildOfficeFolder, isOfficeFolder } from '../seed/officeFolder';
import { MIGRATIONS_FOLDER, seedOffice, seededStaff } from '../seed/seedOffice';
import { browserTimings } from './browserTimings';
import { caseRecordOperations, compactAsAfterBackup } from './caseRecordOps';
import { courtReportOperations } from './courtReportOps';
import { dispatcherCalls } from './dispatcherCalls';
import { goalOf } from './goals';
import { insightsOperations } from './insightsOps';
import { compare, exactly, formatTable, jsonRows, overGoal, readRuns, WARM_UP_RUNS, writeRuns, type BenchRow } from './measure';
import { operation, type Operation } from './operations';
import { makePlainCopy, openPlain } from './plainCopy';
import { busiest, scheduleOperations } from './scheduleOps';
import { writeOperations } from './writeOps';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '5000' },
    notes: { type: 'string', default: '500000' },
    appointments: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    iterations: { type: 'string', default: '30' },
    /** Full page loads timed in the browser shell (0: none; they need `npm run build`). */
    'browser-runs': { type: 'string', default: '5' },
    json: { type: 'string' },
    /** Time only the operations whose names start with one of these comma-separated prefixes (sign-in always runs). */
    only: { type: 'string' },
  },
});
const clientCount = Number(values.clients);
const noteCount = Number(values.notes);
const appointmentCount = Number(values.appointments);
const iterations = Number(values.iterations);
const browserRuns = Number(values['browser-runs']);
const dataDir = path.resolve(values['data-dir'] ?? path.join(REPO_ROOT, `.bench-office-${clientCount}-${noteCount}${appointmentCount ? `-${appointmentCount}` : ''}`));

if (!isOfficeFolder(dataDir)) {
  console.log(`Creating the benchmark office (${clientCount} clients, ${noteCount} notes, ${appointmentCount} appointments) in ${dataDir}; later runs reuse it…`);
  await buildOfficeFolder(dataDir, false, (staging) =>
    seedOffice({ dataDir: staging, clients: clientCount, notes: noteCount, appointments: appointmentCount, bulk: true, password: DEMO_PASSWORD, today: today() }),
  );
}

const admin = seededStaff().find((member) => member.role === 'admin')!;
const sessions = new SessionManager({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
const rows: BenchRow[] = [];
const addRow = (operation: string, timings: Pick<BenchRow, 'encrypted' | 'plain'>) => {
  const row = { operation, ...timings, goalMs: goalOf(operation) };
  rows.push(row);
  // A long run shows its progress; the table comes at the end.
  console.log(`  ${operation}: ${row.encrypted.median.toFixed(2)} ms${row.plain ? ` / ${row.plain.median.toFixed(2)} ms plain` : ''}${overGoal(row) ? ' (over goal)' : ''}`);
};

// Unlocking: PBKDF2 (600,000 iterations) + opening and verifying the encrypted file, against opening the plain copy.
await sessions.login(admin.username, DEMO_PASSWORD);
const key = Buffer.from(sessions.requireActive().keys.masterKey);
compactAsAfterBackup(sessions.requireActive().ctx.db);
sessions.logout();
const plainFile = makePlainCopy(sessions.databaseFile, key);
const unlock = await compare(exactly(Math.min(iterations, 8)), async (target) => {
  if (target === 'encrypted') {
    await sessions.login(admin.username, DEMO_PASSWORD);
    sessions.logout();
  } else {
    const sqlite = new Database(plainFile);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    sqlite.close();
  }
});
addRow('sign in / unlock (KDF + open)', unlock);

await sessions.login(admin.username, DEMO_PASSWORD);
const encrypted = sessions.requireActive().ctx;
const plain = openPlain(plainFile);
const contexts: Record<'encrypted' | 'plain', ServiceContext> = { encrypted, plain: { ...encrypted, db: plain.db } };
const people = encrypted.db
  .select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName, dateOfBirth: clients.dateOfBirth })
  .from(clients)
  .orderBy(asc(clients.id))
  .all();
const person = (i: number) => people[(i * 7919) % people.length];
const notesInOffice = encrypted.db.select({ n: count() }).from(caseNotes).get()!.n;
const officer = busiest(encrypted.db, 'officer');

const operations: Operation[] = [
  operation('caseload: first page, everyone, by name', 'clients.caseload', () => ({ scope: 'all' }), listCaseload),
  operation('caseload: page 40, by officer', 'clients.caseload', () => ({ scope: 'all', sort: 'officer', page: 40 }), listCaseload),
  operation('caseload: quick search by name', 'clients.caseload', (i) => ({ scope: 'all', search: person(i).lastName.slice(0, 4) }), listCaseload),
  operation("caseload: an officer's own, first page", 'clients.caseload', () => ({ scope: 'mine' }), listCaseload, officer),
  operation(
    'client profile (whole record)',
    'clients.get',
    (i) => ({ clientId: person(i).id }),
    (ctx, input) => getClientProfile(ctx, input.clientId),
  ),
  operation(
    'duplicate check (name + DOB)',
    'clients.findDuplicates',
    (i) => ({ firstName: person(i).firstName, lastName: person(i).lastName, dateOfBirth: person(i).dateOfBirth, identifiers: [] }),
    findDuplicates,
  ),
  ...caseRecordOperations(encrypted.db, (i) => person(i).lastName),
  ...courtReportOperations(Object.values(contexts)),
  ...scheduleOperations(encrypted.db),
  ...insightsOperations(encrypted.db),
  // Each write op gets a fresh target on every call: the direct runs, then the dispatcher's, warm-ups included.
  ...writeOperations(encrypted.db, officer, 2 * (writeRuns(iterations).max + WARM_UP_RUNS)),
];
const onlyPrefixes = values.only?.split(',').map((prefix) => prefix.trim());
const selected = onlyPrefixes ? operations.filter((op) => onlyPrefixes.some((prefix) => op.name.startsWith(prefix))) : operations;
const calls = dispatcherCalls(contexts);
for (const op of selected) {
  const runs = channelEffects[op.channel] === 'read' ? readRuns(iterations) : writeRuns(iterations);
  addRow(op.name, await compare(runs, (target, i) => calls.direct(op, target, i)));
  addRow(`${op.name} · dispatcher, JSON`, await compare(runs, (target, i) => calls.viaDispatcher(op, target, i), runs.max + WARM_UP_RUNS));
}
sessions.shutdown();
plain.sqlite.close();
// The decrypted copy is as large as the office (half a gigabyte at 500,000 notes) and holds its data in the clear.
rmSync(path.dirname(plainFile), { recursive: true, force: true });
const benchRssMb = process.memoryUsage().rss / 1024 / 1024;

const browser = browserRuns > 0 ? await browserTimings(REPO_ROOT, dataDir, officer.username, DEMO_PASSWORD, browserRuns) : null;
for (const row of browser?.rows ?? []) addRow(row.operation, { encrypted: row.encrypted, plain: null });

const sizeMb = (statSync(path.join(dataDir, 'probation.db')).size / 1024 / 1024).toFixed(1);
const load = os
  .loadavg()
  .map((n) => n.toFixed(2))
  .join(', ');
console.log(
  `\nProbation Desk benchmark: ${people.length} clients, ${notesInOffice.toLocaleString('en-US')} case notes (${sizeMb} MB database), at least ${iterations} runs per operation (more, up to 400 per read and 100 per write, until each copy has had a second), Node ${process.version}.`,
);
console.log('Baseline: the same office decrypted into a plain SQLite file, measured in this run.\n');
console.log(formatTable(rows));
console.log(
  `\nMain-process memory (RSS) after the run: ${benchRssMb.toFixed(0)} MB in this process (both copies open)${browser ? `; ${browser.shellRssMb.toFixed(0)} MB in the browser shell after ${browserRuns + 1} rounds of page loads` : ''}.`,
);
console.log(`Machine load (1, 5, 15 min) at the end: ${load} on ${os.cpus().length} CPUs.`);
const over = rows.filter(overGoal).length;
console.log(over ? `${over} row(s) over goal (marked ✗).` : 'Every row at or under its goal.');
if (values.json) {
  const report = {
    clients: people.length,
    notes: notesInOffice,
    databaseMb: Number(sizeMb),
    iterations,
    loadAverage: os.loadavg(),
    benchRssMb,
    shellRssMb: browser?.shellRssMb ?? null,
    rows: jsonRows(rows),
  };
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Rows written to ${values.json}.`);
}
