import { parseArgs } from 'node:util';
import { newPasswordSchema } from '../../electron/api/auth/authSchemas';
import { weakPasswordReason } from '../../electron/services/auth/passwordPolicy';
import { isIsoDate } from './seedDates';

/** What the command cannot do as asked (a wrong option, an occupied folder): printed as is, without a stack trace. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  npm run demo [-- --reset --no-start]          the demo office in .demo-office, then start the app on it
  npm run seed -- [--clients N] [--notes N] [--appointments N] [--data-dir DIR] [--password P] [--reset]
                                                 a scale office (default 5000 clients in .seed-office)
Options:
  --demo            the demo office (what \`npm run demo\` passes)
  --clients N       how many clients to generate (demo: 200, seed: 5000)
  --notes N         how many case notes in all, shared over the clients by their supervision (seed only;
                    default: the usual pace of contacts, a few dozen a client)
  --appointments N  how many appointments in all, over the officers' calendars from years back to eight
                    weeks ahead (seed only; default: none)
  --data-dir DIR    where to create the office
  --password P      every account's password (seed only; the demo always uses the demo password)
  --today DATE      "today" for the data set, YYYY-MM-DD, not in the future (default: today)
  --reset           replace an office already in the folder
  --no-start        create the demo office but do not start the app
  --help            this text`;

/** One table of options: a later data kind (notes, appointments) adds its line here and its field below. */
const OPTIONS = {
  demo: { type: 'boolean', default: false },
  clients: { type: 'string' },
  notes: { type: 'string' },
  appointments: { type: 'string' },
  'data-dir': { type: 'string' },
  password: { type: 'string' },
  today: { type: 'string' },
  reset: { type: 'boolean', default: false },
  'no-start': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

export interface SeedCommand {
  mode: 'demo' | 'seed' | 'help';
  clients: number;
  /** How many case notes in all; null: the usual pace of contacts. */
  notes: number | null;
  /** How many appointments in all (0: none). */
  appointments: number;
  /** Null: the mode's folder in the repository. */
  dataDir: string | null;
  /** Null: the demo password. */
  password: string | null;
  today: string;
  reset: boolean;
  start: boolean;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // Node's own message for an unknown option suggests `--` tricks that do not apply here.
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message);
    const known = Object.keys(OPTIONS)
      .map((name) => `--${name}`)
      .join(', ');
    throw new UsageError(unknown ? `Unknown option ${unknown[1]}. The options are: ${known} (--help explains them).` : (error as Error).message);
  }
}

function wholeNumber(option: string, value: string, min: number, max: number): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < min || count > max) throw new UsageError(`--${option} takes a whole number from ${min} to ${max}, not "${value}".`);
  return count;
}

const clientCount = (value: string | undefined, fallback: number) => (value === undefined ? fallback : wholeNumber('clients', value, 1, 1_000_000));
const noteCount = (value: string | undefined) => (value === undefined ? null : wholeNumber('notes', value, 0, 10_000_000));
const appointmentCount = (value: string | undefined) => (value === undefined ? 0 : wholeNumber('appointments', value, 0, 2_000_000));

export function parseSeedCommand(argv: string[], realToday: string): SeedCommand {
  const values = parse(argv);
  const mode = values.help ? 'help' : values.demo ? 'demo' : 'seed';
  if (mode === 'demo' && values.password !== undefined) throw new UsageError('The demo office always uses the printed demo password; --password is for `npm run seed`.');
  if (mode === 'seed' && values['no-start']) throw new UsageError('--no-start goes with --demo: `npm run seed` never starts the app.');
  if (mode === 'demo' && values.notes !== undefined) throw new UsageError('The demo office keeps the usual pace of contacts; --notes is for `npm run seed`.');
  if (mode === 'demo' && values.appointments !== undefined) throw new UsageError('The demo office takes no bulk appointments; --appointments is for `npm run seed`.');
  if (values.password !== undefined) {
    const reason = newPasswordSchema.safeParse(values.password).error?.issues[0].message ?? weakPasswordReason(values.password, '');
    if (reason) throw new UsageError(`--password: ${reason}`);
  }
  const today = values.today ?? realToday;
  if (!isIsoDate(today) || today > realToday) throw new UsageError(`--today takes a date as YYYY-MM-DD, today or earlier, not "${today}".`);
  return {
    mode,
    clients: clientCount(values.clients, mode === 'demo' ? 200 : 5000),
    notes: noteCount(values.notes),
    appointments: appointmentCount(values.appointments),
    dataDir: values['data-dir'] ?? null,
    password: values.password ?? null,
    today,
    reset: values.reset,
    start: !values['no-start'],
  };
}
