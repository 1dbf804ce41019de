import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { DATABASE_FILE, VAULT_FILE } from '../../electron/services/auth/sessionManager';
import { seededStaff } from '../seed/seedOffice';
import { freePort, startHostProcess } from './hostProcess';
import { loadFigures, type LoadFigures } from './loadReport';
import { findLostWrites, newMixLog, runOfficerMix } from './officerMix';
import { SimulatedWorkstation } from './simulatedWorkstation';

export interface LoadTestOptions {
  dataDir: string;
  workstations: number;
  minutes: number;
  thinkMs: number;
  /** Workstations join one after another, evenly over this many seconds; 0: all start in the same instant. */
  rampUpSeconds: number;
  /** The seeded office's password (every account has it). */
  password: string;
  progress: (line: string) => void;
}

const RSS_SAMPLE_MS = 1000;

/**
 * Starts the office host on loopback on a seeded office, enrolls and signs in the workstations (the seeded
 * officers, several sessions each when there are more workstations than officers), runs the officer's mix on
 * all of them at once for the given minutes, reads back every acknowledged write, and stops the host.
 */
export async function runLoadTest(options: LoadTestOptions): Promise<LoadFigures> {
  const { dataDir, progress } = options;
  if (!existsSync(path.join(dataDir, VAULT_FILE)) || !existsSync(path.join(dataDir, DATABASE_FILE))) {
    throw new Error(`${dataDir} holds no office. Make one with npm run seed -- --data-dir ${dataDir} (and work on a copy).`);
  }
  const staff = seededStaff();
  const admin = staff.find((member) => member.role === 'admin')!;
  const officers = staff.filter((member) => member.role === 'officer').map((member) => member.username);
  const names = Array.from({ length: options.workstations }, (_, i) => `Load workstation ${String(i + 1).padStart(2, '0')}`);
  progress(`Starting the office host on ${dataDir}…`);
  const host = await startHostProcess({ dataDir, port: await freePort(), admin: { username: admin.username, password: options.password }, workstations: names });
  const desks: SimulatedWorkstation[] = [];
  try {
    progress(`Enrolling and signing in ${names.length} workstations…`);
    for (const [i, name] of names.entries()) {
      const desk = await SimulatedWorkstation.enroll(name, { address: host.address, fingerprint: host.fingerprint, code: host.codes.get(name)! });
      desks.push(desk);
      await desk.signIn(officers[i % officers.length], options.password);
    }
    const rss = { afterSignIn: host.rssBytes(), peak: 0, end: 0 };
    const sampler = setInterval(() => (rss.peak = Math.max(rss.peak, host.rssBytes())), RSS_SAMPLE_MS);
    const loadAverageAtStart = loadavg().map((n) => Math.round(n * 100) / 100);
    progress(`Running the officer's mix on ${desks.length} workstations for ${options.minutes} min…`);
    const started = Date.now();
    const until = started + options.minutes * 60_000;
    const logs = desks.map(() => newMixLog());
    const joinEveryMs = (options.rampUpSeconds * 1000) / desks.length;
    await Promise.all(desks.map((desk, i) => delay(i * joinEveryMs).then(() => runOfficerMix(desk, until, options.thinkMs, logs[i]))));
    const seconds = (Date.now() - started) / 1000;
    clearInterval(sampler);
    rss.end = host.rssBytes();
    rss.peak = Math.max(rss.peak, rss.end);
    progress('Reading back every acknowledged write…');
    const lost = (await Promise.all(desks.map((desk, i) => findLostWrites(desk, logs[i])))).flat();
    return loadFigures({
      workstations: desks.length,
      minutes: options.minutes,
      thinkMs: options.thinkMs,
      rampUpSeconds: options.rampUpSeconds,
      seconds,
      logs,
      lost,
      rssBytes: rss,
      loadAverageAtStart,
    });
  } finally {
    for (const desk of desks) desk.close();
    await host.stop();
  }
}
