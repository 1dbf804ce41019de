import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { root } from '../../../scripts/electron-native.mjs';
import { hostEnv, startShell, stopShell } from './appFixture';

export interface OfficeNetwork {
  /** Each workstation's one-time launch address, in the order named. */
  launchUrls: string[];
  /** The host stops answering (as when its network goes), its sessions kept. */
  stopHost(): Promise<void>;
  /** The host answers again at the same address. */
  startHost(): Promise<void>;
  /** The host starts anew on the same office and address, sealed and knowing no sessions, as after a crash. */
  restartHost(): Promise<void>;
  close(): Promise<void>;
}

const HOST_STARTUP_MS = 60_000;

/**
 * An office host on this machine (its own process, officeHostProcess.ts, on loopback with real TLS) over a fresh
 * office, and a browser-shell workstation enrolled with it for each name, as `npm run enroll` enrolls them.
 */
export async function startOfficeNetwork(workstationNames: string[]): Promise<OfficeNetwork> {
  const folders: string[] = [];
  const folder = (name: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `probation-desk-${name}-`));
    folders.push(dir);
    return dir;
  };
  const workstationDirs = workstationNames.map(() => folder('workstation'));
  const host: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'tests', 'e2e', 'support', 'officeHostProcess.ts'),
      folder('office-host'),
      ...workstationDirs.map((dir, i) => `${dir}=${workstationNames[i]}`),
    ],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: host.stdout! })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const line = await lines.next();
    if (line.done) throw new Error('The office host process ended.');
    return line.value;
  };
  const timer = setTimeout(() => host.kill(), HOST_STARTUP_MS);
  await nextLine().finally(() => clearTimeout(timer));
  const shells = await Promise.all(workstationDirs.map((dir) => startShell(dir, hostEnv(undefined))));

  const command = async (word: 'stop' | 'start' | 'restart', answer: string) => {
    host.stdin!.write(`${word}\n`);
    while ((await nextLine()) !== answer);
  };
  return {
    launchUrls: shells.map((shell) => shell.launchUrl),
    stopHost: () => command('stop', 'stopped'),
    startHost: () => command('start', 'started'),
    restartHost: () => command('restart', 'restarted'),
    async close() {
      for (const { child } of shells) await stopShell(child);
      const exited = once(host, 'exit');
      host.stdin!.end();
      await exited;
      // Each office's audit checkpoints are kept beside it (defaultCheckpointFolder).
      for (const dir of folders.flatMap((made) => [made, `${made}-audit-checkpoints`])) rmSync(dir, { recursive: true, force: true });
    },
  };
}
