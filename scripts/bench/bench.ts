// `npm run bench`: the operations an officer waits on, timed on a scale office (encrypted, as the app
// runs) and on an unencrypted copy of it in the same run, so the cost of encryption shows as a ratio.
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { asc, count } from 'drizzle-orm';
import { caseNotes, clients } from '../../db/schema';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { listCaseload } from '../../electron/services/clients/caseload';
import { getClientProfile } from '../../electron/services/clients/clientProfile';
import { caseloadInputSchema } from '../../electron/services/clients/clientsSchemas';
import { findDuplicates } from '../../electron/services/clients/duplicates';
import type { ServiceContext } from '../../electron/services/context';
import { today } from '../../electron/services/shared/fieldSchemas';
import { DEMO_PASSWORD } from '../seed/demoOffice';
import { buildOfficeFolder, isOfficeFolder } from '../seed/officeFolder';
import { MIGRATIONS_FOLDER, seedOffice, seededStaff } from '../seed/seedOffice';
import { caseRecordOperations } from './caseRecordOps';
import { courtReportOperations } from './courtReportOps';
import { insightsOperations } from './insightsOps';
import { scheduleOperations } from './scheduleOps';
import { compare, formatTable, type BenchRow } from './measure';
import { makePlainCopy, openPlain } from './plainCopy';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '5000' },
    notes: { type: 'string', default: '500000' },
    appointments: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    iterations: { type: 'string', default: '30' },
  },
});
const clientCount = Number(values.clients);
const noteCount = Number(values.notes);
const appointmentCount = Number(values.appointments);
const iterations = Number(values.iterations);
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

// Unlocking: PBKDF2 (600,000 iterations) + opening and verifying the encrypted file, against opening the plain copy.
await sessions.login(admin.username, DEMO_PASSWORD);
const key = Buffer.from(sessions.requireActive().keys.masterKey);
sessions.logout();
const plainFile = makePlainCopy(sessions.databaseFile, key);
const unlock = await compare(Math.min(iterations, 8), async (target) => {
  if (target === 'encrypted') {
    await sessions.login(admin.username, DEMO_PASSWORD);
    sessions.logout();
  } else {
    const sqlite = new Database(plainFile);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    sqlite.close();
  }
});
rows.push({ operation: 'sign in / unlock (KDF + open)', ...unlock });

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

const operations: [string, (ctx: ServiceContext, i: number) => unknown][] = [
  ['caseload: first page, everyone, by name', (ctx) => listCaseload(ctx, caseloadInputSchema.parse({ scope: 'all' }))],
  ['caseload: page 40, by officer', (ctx) => listCaseload(ctx, caseloadInputSchema.parse({ scope: 'all', sort: 'officer', page: 40 }))],
  ['caseload: quick search by name', (ctx, i) => listCaseload(ctx, caseloadInputSchema.parse({ scope: 'all', search: person(i).lastName.slice(0, 4) }))],
  ['client profile (whole record)', (ctx, i) => getClientProfile(ctx, person(i).id)],
  ['duplicate check (name + DOB)', (ctx, i) => findDuplicates(ctx, { firstName: person(i).firstName, lastName: person(i).lastName, dateOfBirth: person(i).dateOfBirth, identifiers: [] })],
  ...caseRecordOperations(encrypted.db, (i) => person(i).lastName),
  ...courtReportOperations(Object.values(contexts)),
  ...scheduleOperations(encrypted.db),
  ...insightsOperations(encrypted.db),
];
for (const [operation, run] of operations) {
  rows.push({ operation, ...(await compare(iterations, (target, i) => run(contexts[target], i))) });
}
sessions.shutdown();
plain.sqlite.close();
// The decrypted copy is as large as the office (half a gigabyte at 500,000 notes) and holds its data in the clear.
rmSync(path.dirname(plainFile), { recursive: true, force: true });

const sizeMb = (statSync(path.join(dataDir, 'probation.db')).size / 1024 / 1024).toFixed(1);
console.log(`\nProbation Desk benchmark: ${people.length} clients, ${notesInOffice.toLocaleString('en-US')} case notes (${sizeMb} MB database), ${iterations} runs per operation, Node ${process.version}.`);
console.log('Baseline: the same office decrypted into a plain SQLite file, measured in this run.\n');
console.log(formatTable(rows));
