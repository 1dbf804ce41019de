import { fileURLToPath } from 'node:url';
import type { UserRow } from '../../db/schema';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { readSetting } from '../../electron/services/settings/settings';
import { createAgencyDirectory } from './agencyDirectory';
import { seedAppointments } from './bulkAppointments';
import { inBulk } from './bulkRecord';
import { caseRecords } from './caseRecords';
import { replayClientHistory } from './clientHistory';
import { seedDemoCourtReports } from './demoCourtReports';
import { DEMO_OFFICE, demoStaff, type StaffMember } from './demoOffice';
import { seedDemoReviews } from './demoReviews';
import { seedDemoSchedule } from './demoSchedule';
import { throughServices } from './recordWriter';
import { tuneForReplay } from './replayConnection';
import { SeedClock } from './seedClock';
import { addDays } from './seedDates';
import { DEMO_SEED, seededFaker } from './seedRandom';
import { activateStaff, createStaff } from './staffAccounts';
import { HISTORY_DAYS } from './supervisionStory';
import { syntheticClients } from './syntheticClients';
import { serviceContext } from '../../electron/services/officeClock';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../db/migrations', import.meta.url));

export interface SeedOptions {
  /** A folder with no office in it yet. */
  dataDir: string;
  clients: number;
  /** Every account's password. */
  password: string;
  /** "Today" for the data set (YYYY-MM-DD); the history runs up to it. */
  today: string;
  seed?: number;
  /** Key-slot PBKDF2 iterations; the vault's default (600,000) unless a test asks for fewer. */
  kdfIterations?: number;
  /** How many case notes the office should have in all; null or absent for the usual pace of contacts (a few dozen a client). */
  notes?: number | null;
  /** How many single appointments to add in bulk (scale runs; see bulkAppointments.ts); none when absent. */
  appointments?: number;
  /** Insert the most numerous entries (notes, tests, hours, ledger, attendance) in bulk (scale runs; see bulkRecord.ts) instead of through their services. */
  bulk?: boolean;
  /** Called after each intake with the number done so far. */
  onIntake?: (done: number) => void;
  /** Called after each entry of the case records with the number done and the total. */
  onEntry?: (done: number, total: number) => void;
}

/** The roster of a seeded office: it comes first from the seed, so it can be printed again without opening the office. */
export const seededStaff = (seed = DEMO_SEED): StaffMember[] => demoStaff(seededFaker(seed));

/**
 * Creates a synthetic office in `dataDir` through the real services: set-up, staff accounts, the directory of
 * agencies, then every client's intake, status changes and case record (contacts, tests, violations, compliance,
 * plan, referrals) at the time they happened; for the demo office (not bulk), eight weeks of calendars with outcomes,
 * court reports in every status and the notes reviewed up to the last week or so; then each user sets the password.
 */
export async function seedOffice(options: SeedOptions): Promise<StaffMember[]> {
  const faker = seededFaker(options.seed ?? DEMO_SEED);
  const roster = demoStaff(faker);
  const clock = new SeedClock(addDays(options.today, -HISTORY_DAYS - 14));
  const sessions = new SessionManager({ dataDir: options.dataDir, migrationsFolder: MIGRATIONS_FOLDER, kdfIterations: options.kdfIterations, now: clock.now });
  try {
    const admin = roster[0];
    await sessions.setup({ office: DEMO_OFFICE, admin: { username: admin.username, fullName: admin.fullName, password: options.password } });
    const accounts = await createStaff(sessions, clock, roster);
    const { db } = sessions.requireActive().ctx;
    const office = {
      today: options.today,
      officers: [...accounts.users.values()].filter((user) => user.role === 'officer'),
      instrument: readSetting(db, 'riskInstrument'),
      standardConditions: readSetting(db, 'intake').standardConditions,
    };
    const users = [...accounts.users.values()];
    const supervisorOf = (officer: UserRow) => users.find((user) => user.id === officer.supervisorId) ?? users.find((user) => user.role === 'supervisor')!;
    const agencies = createAgencyDirectory(serviceContext(db, supervisorOf(office.officers[0]), clock.now));
    const plans = syntheticClients(faker, office, options.clients);
    const records = caseRecords(faker, plans, { today: options.today, instrument: office.instrument, enforcement: readSetting(db, 'enforcement'), notes: options.notes ?? null });
    replayClientHistory(db, clock, plans, {
      records,
      supervisorOf,
      agencies,
      writer: options.bulk ? inBulk : throughServices,
      onIntake: options.onIntake ?? (() => {}),
      onEntry: options.onEntry,
    });
    clock.advanceTo(options.today);
    seedAppointments(db, clock.now, faker, users, options.appointments ?? 0, options.today);
    if (!options.bulk) {
      // The demo office: calendars around today, court reports at every step of their review, and the supervisors' reviews of all but the last days' notes, through the services.
      const tick = () => clock.nudge();
      const untune = tuneForReplay(db);
      try {
        seedDemoSchedule(db, clock.now, tick, faker, users, options.today);
        await seedDemoCourtReports(db, clock.now, tick, faker, users, options.today);
        seedDemoReviews(db, faker, users, options.today);
      } finally {
        untune();
      }
    }
    await activateStaff(sessions, clock, accounts, options.password);
  } finally {
    sessions.shutdown();
  }
  return roster;
}
