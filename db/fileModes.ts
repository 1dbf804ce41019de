import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

/** Office data is for the account that runs the app: files 0600, folders 0700 (POSIX; Windows uses ACLs of the profile). */
const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;

function narrow(target: string, mode: number) {
  if (process.platform === 'win32' || !existsSync(target)) return;
  if ((statSync(target).mode & 0o777 & ~mode) !== 0) chmodSync(target, mode);
}

/** Creates the folder 0700, or narrows an existing one that others can read. */
export function ensurePrivateFolder(dir: string) {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
  narrow(dir, PRIVATE_FOLDER);
}

/** Creates a new folder 0700 and fails if it exists: a backup or a safety copy is never merged into another. */
export function createPrivateFolder(dir: string) {
  mkdirSync(dir, { mode: PRIVATE_FOLDER });
}

/** Narrows each existing file to 0600 (a database created by SQLite follows the umask, 0644 by default). */
export function restrictFiles(files: readonly string[]) {
  for (const file of files) narrow(file, PRIVATE_FILE);
}

/** Blocks the thread briefly; for retry loops in synchronous code that must not yield to other callers. */
export function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Makes sure a database file exists 0600 before SQLite opens it: SQLite creates files by the umask (0644) and
 * gives its -wal and -shm files the database file's mode. Existing files that are wider are narrowed.
 */
export function preparePrivateDatabaseFile(file: string) {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE));
  restrictFiles([file, `${file}-wal`, `${file}-shm`]);
}
