import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOST_CLI = path.join(APP_ROOT, 'scripts', 'host', 'cli.ts');
const STARTUP_TIMEOUT_MS = 120_000;

export interface HostProcessOptions {
  dataDir: string;
  port: number;
  /** An administrator and their password, to make enrollment codes at the host's console. */
  admin?: { username: string; password: string };
  /** A one-time enrollment code is made for each of these workstation names. */
  workstations?: string[];
}

/** `npm run host` as a separate process: what it printed, its memory, and the two ways it ends. */
export interface HostProcess {
  pid: number;
  address: string;
  fingerprint: string;
  /** Enrollment code by workstation name. */
  codes: Map<string, string>;
  sealed: boolean;
  /** Resident memory of the host process, from /proc (Linux). */
  rssBytes(): number;
  /** kill -9: no shutdown at all, as at a power cut. */
  kill(): Promise<void>;
  /** SIGTERM: the host closes its sessions and releases the data folder. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Starts the office host exactly as IT does (`scripts/host/cli.ts`, run by Node with tsx as a loader so that the
 * process is the host itself and its pid is the one to kill or measure) and waits until it listens.
 */
export async function startHostProcess(options: HostProcessOptions): Promise<HostProcess> {
  const args = ['--import', 'tsx', HOST_CLI, '--data-dir', options.dataDir, '--listen', `127.0.0.1:${options.port}`];
  if (options.admin) args.push('--user', options.admin.username);
  for (const name of options.workstations ?? []) args.push('--enrollment-code', name);
  const child = spawn(process.execPath, args, {
    cwd: APP_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PROBATION_DESK_PASSWORD: options.admin?.password ?? '' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The office host did not start within ${STARTUP_TIMEOUT_MS / 1000} s: ${err}`)), STARTUP_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/^The host is (un)?sealed/m.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The office host exited (${code}) before it listened: ${err || out}`));
    });
  });
  await listening;
  const codes = new Map([...out.matchAll(/^Enrollment code for (.+): (\S+) \(/gm)].map((m) => [m[1], m[2]] as const));
  const pid = child.pid!;
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    pid,
    address: /listening on (\S+) /.exec(out)![1],
    fingerprint: /^Host fingerprint .*: (\S+)$/m.exec(out)![1],
    codes,
    sealed: out.includes('The host is sealed'),
    rssBytes: () => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}
