import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../../electron/host/dataDir';
import { acquireDataFolderLock } from '../../electron/host/dataFolderLock';
import { defaultCheckpointFolder } from '../../electron/services/audit/auditCheckpoints';
import { DATABASE_FILE, VAULT_FILE } from '../../electron/services/auth/sessionManager';
import { UsageError } from './cliOptions';

export const isOfficeFolder = (dir: string) => existsSync(path.join(dir, VAULT_FILE)) || existsSync(path.join(dir, DATABASE_FILE));

/**
 * Whether `dir` may receive a generated office: never the real office folder, never a folder holding
 * something else, and an existing office only when the caller asked to replace it.
 */
function assertReplaceable(dir: string, reset: boolean) {
  if (path.resolve(dir) === path.resolve(defaultDataDir())) {
    throw new UsageError(`${dir} is the real office folder that \`npm start\` opens; generated data never go there. Choose another --data-dir.`);
  }
  if (!existsSync(dir) || readdirSync(dir).length === 0) return;
  if (!isOfficeFolder(dir)) throw new UsageError(`${dir} holds other files and no office; choose an empty or new folder for --data-dir.`);
  if (!reset) throw new UsageError(`An office already exists in ${dir}. Add --reset to replace it.`);
}

/**
 * Builds the office in a fresh folder beside `dir` and moves it into place only when it is complete, so an
 * interrupted run never leaves a half-made office where the app (or the next run) would find it.
 */
export async function buildOfficeFolder(dir: string, reset: boolean, build: (stagingDir: string) => Promise<unknown>) {
  assertReplaceable(dir, reset);
  mkdirSync(path.dirname(dir), { recursive: true });
  // An office being replaced must not be open in the app meanwhile; the lock goes with the old folder.
  const lock = existsSync(dir) ? acquireDataFolderLock(dir, { program: 'the seed command' }) : null;
  const staging = mkdtempSync(`${dir}.seeding-`);
  try {
    await build(staging);
    lock?.release();
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
    // The audit checkpoints sit beside the office folder, named after it: they move with it.
    moveCheckpoints(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    rmSync(defaultCheckpointFolder(staging), { recursive: true, force: true });
    lock?.release();
    throw error;
  }
}

function moveCheckpoints(from: string, to: string) {
  const target = defaultCheckpointFolder(to);
  rmSync(target, { recursive: true, force: true });
  if (existsSync(defaultCheckpointFolder(from))) renameSync(defaultCheckpointFolder(from), target);
}
