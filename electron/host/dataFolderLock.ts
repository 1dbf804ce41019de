import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ensurePrivateFolder, sleepSync } from '../../db/fileModes';

/** Held by whichever program has the office open: the app (either host), the seed CLI, a backup or restore. */
export const LOCK_DIR = 'office.lock';
const OWNER_FILE = 'office.lock.owner.json';
/** proper-lockfile refreshes the lock's mtime every STALE_MS / 2; a lock not refreshed for this long is abandoned. */
const STALE_MS = 10_000;
const ABANDONED_STALE_MS = 2_000;

export interface LockOwner {
  pid: number;
  hostname: string;
  program: string;
  since: string;
}

export class DataFolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: LockOwner | null,
  ) {
    const who = owner ? ` by ${owner.program} (process ${owner.pid} on ${owner.hostname}, since ${owner.since})` : ' by another program';
    super(`This office is already open${who}. Its data folder ${dir} can be used by one program at a time: close the other one first.`);
    this.name = 'DataFolderInUseError';
    // The reader needs the message, not where in this module it was thrown.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export interface DataFolderLock {
  readonly dir: string;
  release(): void;
}

export interface LockOptions {
  /** Named in the message another program gets, e.g. "the browser shell". */
  program: string;
  /** Called if the lock is lost while held (the folder was unreachable for longer than the stale time). */
  onCompromised?: (error: Error) => void;
}

function readOwner(dir: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, OWNER_FILE), 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock left by a process of this machine that no longer runs (kill -9, power cut) is taken over at once. */
function isAbandonedHere(owner: LockOwner | null) {
  return owner !== null && owner.hostname === os.hostname() && owner.pid !== process.pid && !isAlive(owner.pid);
}

/**
 * proper-lockfile removes a lock whose mtime is older than `stale` (at least 2 s): the dead holder's lock
 * qualifies within 2 s, while a live holder that just took it over (and wrote its owner file) never does.
 */
function takeOverAbandoned(dir: string, lockOptions: lockfile.LockOptions): () => void {
  const deadline = Date.now() + ABANDONED_STALE_MS + 2_000;
  for (;;) {
    try {
      return lockfile.lockSync(dir, { ...lockOptions, stale: ABANDONED_STALE_MS });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() > deadline) throw new DataFolderInUseError(dir, readOwner(dir));
      sleepSync(200);
    }
  }
}

/**
 * Takes the office's data-folder lock (proper-lockfile: a lock directory whose mtime the holder keeps fresh,
 * so a lock of a killed process goes stale) or throws DataFolderInUseError naming the holder when known.
 * Creates the folder (0700) if needed.
 */
export function acquireDataFolderLock(dir: string, options: LockOptions): DataFolderLock {
  ensurePrivateFolder(dir);
  const lockOptions = {
    lockfilePath: path.join(dir, LOCK_DIR),
    stale: STALE_MS,
    onCompromised: options.onCompromised ?? ((error: Error) => console.error(`[probation-desk] The lock on ${dir} was lost:`, error.message)),
  };
  let unlock: () => void;
  try {
    unlock = lockfile.lockSync(dir, lockOptions);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const owner = readOwner(dir);
    if (!isAbandonedHere(owner)) throw new DataFolderInUseError(dir, owner);
    unlock = takeOverAbandoned(dir, lockOptions);
  }
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), program: options.program, since: new Date().toISOString() };
  writeFileSync(path.join(dir, OWNER_FILE), JSON.stringify(owner), { mode: 0o600 });
  let released = false;
  return {
    dir,
    release() {
      if (released) return;
      released = true;
      rmSync(path.join(dir, OWNER_FILE), { force: true });
      try {
        unlock();
      } catch {
        // Already lost (compromised) or removed with the folder: nothing left to release.
      }
    },
  };
}
