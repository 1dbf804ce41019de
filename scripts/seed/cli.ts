// `npm run demo` and `npm run seed`: synthetic offices made through the app's own services. See USAGE.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../electron/api/errors';
import { today } from '../../electron/api/shared/fieldSchemas';
import { parseSeedCommand, USAGE, UsageError, type SeedCommand } from './cliOptions';
import { DEMO_PASSWORD } from './demoOffice';
import { buildAndStart } from './launchApp';
import { buildOfficeFolder, isOfficeFolder } from './officeFolder';
import { seedOffice, seededStaff } from './seedOffice';
import { credentialsTable, seconds, SYNTHETIC_NOTICE } from './seedReport';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_DIRS = { demo: path.join(REPO_ROOT, '.demo-office'), seed: path.join(REPO_ROOT, '.seed-office') };
const PROGRESS_EVERY = 500;
const ENTRY_PROGRESS_EVERY = 100_000;

async function createOffice(command: SeedCommand, dataDir: string, password: string) {
  const started = performance.now();
  await buildOfficeFolder(dataDir, command.reset, (stagingDir) => {
    const notes = command.notes === null ? '' : `, ${command.notes} case notes`;
    const appointments = command.appointments === 0 ? '' : `, ${command.appointments} appointments`;
    console.log(`Creating a synthetic office with ${command.clients} clients${notes}${appointments} in ${dataDir} (today = ${command.today})…`);
    return seedOffice({
      dataDir: stagingDir,
      clients: command.clients,
      notes: command.notes,
      appointments: command.appointments,
      // The scale office takes the bulk path for its most numerous entries; the demo office goes through the services throughout.
      bulk: command.mode === 'seed',
      password,
      today: command.today,
      onIntake: (done) => {
        if (done % PROGRESS_EVERY === 0) console.log(`  ${done} / ${command.clients} clients (${seconds(performance.now() - started)})`);
      },
      onEntry: (done, total) => {
        if (done % ENTRY_PROGRESS_EVERY === 0) console.log(`  ${done} / ${total} entries of the case records (${seconds(performance.now() - started)})`);
      },
    });
  });
  console.log(`Created in ${seconds(performance.now() - started)}.`);
}

async function main(command: SeedCommand): Promise<number> {
  if (command.mode === 'help') {
    console.log(USAGE);
    return 0;
  }
  const dataDir = path.resolve(command.dataDir ?? DEFAULT_DIRS[command.mode]);
  const password = command.password ?? DEMO_PASSWORD;
  if (command.mode === 'demo' && isOfficeFolder(dataDir) && !command.reset) {
    console.log(`The demo office is already in ${dataDir} (add --reset to make it again).`);
  } else {
    await createOffice(command, dataDir, password);
  }
  console.log(`\n${SYNTHETIC_NOTICE}\nSign in with any of these accounts:\n\n${credentialsTable(seededStaff(), password)}\n`);
  if (command.mode === 'seed' || !command.start) {
    console.log(`Start the app on it with: npm start -- --data-dir ${dataDir}`);
    return 0;
  }
  return buildAndStart(REPO_ROOT, dataDir);
}

try {
  process.exitCode = await main(parseSeedCommand(process.argv.slice(2), today()));
} catch (error) {
  // The services' refusals (a password they do not accept, say) are messages for the person at the terminal.
  if (!(error instanceof UsageError || error instanceof AppError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
