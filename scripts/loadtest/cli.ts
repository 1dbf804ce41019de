// `npm run loadtest`: the office host under many workstations at once. See USAGE.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../seed/demoOffice';
import { formatFigures } from './loadReport';
import { runLoadTest } from './loadTest';
import { MIX_STEPS } from './officerMix';

const USAGE = `Usage:
  npm run loadtest -- --data-dir DIR [--workstations 50] [--minutes 5] [--think-ms 1000] [--ramp-up-s N] [--json FILE]

  --data-dir DIR      a seeded office (npm run seed); run it on a copy: the test writes notes and appointments
  --workstations N    simulated workstations, each enrolled and signed in as one of the seeded officers
  --minutes N         how long the officer's mix runs; the test then reads back every write and stops
  --think-ms N        the pause between an officer's steps, ±50 % (0: back to back)
  --ramp-up-s N       workstations join one after another over N seconds, as officers start their day at their
                      own moment (default: one round of the mix, ${MIX_STEPS} steps of --think-ms; 0: all in the same instant)
  --password TEXT     the seeded accounts' password (default: the seed's)
  --json FILE         also writes the figures as JSON`;

const OPTIONS = {
  'data-dir': { type: 'string' },
  workstations: { type: 'string', default: '50' },
  minutes: { type: 'string', default: '5' },
  'think-ms': { type: 'string', default: '1000' },
  'ramp-up-s': { type: 'string' },
  password: { type: 'string', default: DEMO_PASSWORD },
  json: { type: 'string' },
} as const;

function positive(name: string, text: string, allowZero = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0))
    throw new Error(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number; "${text}" is not.`);
  return value;
}

try {
  const values = parseArgs({ args: process.argv.slice(2), options: OPTIONS, strict: true, allowPositionals: false }).values;
  if (!values['data-dir']) throw new Error('Give the seeded office with --data-dir DIR.');
  const thinkMs = positive('think-ms', values['think-ms'], true);
  const figures = await runLoadTest({
    dataDir: path.resolve(values['data-dir']),
    workstations: Math.round(positive('workstations', values.workstations)),
    minutes: positive('minutes', values.minutes),
    thinkMs,
    rampUpSeconds: values['ramp-up-s'] === undefined ? (MIX_STEPS * thinkMs) / 1000 : positive('ramp-up-s', values['ramp-up-s'], true),
    password: values.password,
    progress: (line) => console.log(line),
  });
  console.log(`\n${formatFigures(figures)}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  process.exitCode = figures.errors === 0 && figures.lostWrites === 0 ? 0 : 1;
} catch (error) {
  console.error(`[loadtest] ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exitCode = 1;
}
