import { fileURLToPath } from 'node:url';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { readSetting } from '../../electron/services/settings/settings';
import { replayClientHistory } from './clientHistory';
import { DEMO_OFFICE, demoStaff, type StaffMember } from './demoOffice';
import { SeedClock } from './seedClock';
import { addDays } from './seedDates';
import { DEMO_SEED, seededFaker } from './seedRandom';
import { activateStaff, createStaff } from './staffAccounts';
import { HISTORY_DAYS } from './supervisionStory';
import { syntheticClients } from './syntheticClients';

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
  /** Called after each intake with the number done so far. */
  onIntake?: (done: number) => void;
}

/** The roster of a seeded office: it comes first from the seed, so it can be printed again without opening the office. */
export const seededStaff = (seed = DEMO_SEED): StaffMember[] => demoStaff(seededFaker(seed));

/**
 * Creates a synthetic office in `dataDir` through the real services: set-up, staff accounts, then every
 * client's intake and later status changes on the day they happened, then each user sets the password.
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
    replayClientHistory(db, clock, syntheticClients(faker, office, options.clients), options.onIntake ?? (() => {}));
    clock.advanceTo(options.today);
    await activateStaff(sessions, clock, accounts, options.password);
  } finally {
    sessions.shutdown();
  }
  return roster;
}
