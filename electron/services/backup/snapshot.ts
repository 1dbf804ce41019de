import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface SnapshotOptions {
  source: string;
  target: string;
  key: Buffer;
  /** The folder holding node_modules (the repository or the packaged app), for the worker to load the database module. */
  appRoot: string;
  nativeBinding?: string;
  /** 0..1, from the size the copy has reached against the size of the live file. */
  onProgress?: (fraction: number) => void;
}

/** Row counts per table read just before and just after the copy: writes made meanwhile are told apart from a bad copy. */
export interface SnapshotCounts {
  before: Record<string, number>;
  after: Record<string, number>;
}

// Plain CommonJS for an eval worker: VACUUM INTO runs on its own connection off the main thread, so the app keeps
// answering (and keeps writing, WAL lets it) while a large office is copied.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const db = new Database(workerData.source, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
try {
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(\`key="x'\${workerData.keyHex}'"\`);
  db.pragma('temp_store=MEMORY');
  db.pragma('busy_timeout=5000');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
  const counts = () => Object.fromEntries(tables.map((t) => [t, db.prepare('SELECT count(*) FROM "' + t.replace(/"/g, '""') + '"').pluck().get()]));
  const before = counts();
  db.prepare('VACUUM INTO ?').run(workerData.target);
  parentPort.postMessage({ ok: true, counts: { before, after: counts() } });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error.message });
} finally {
  db.close();
}
`;

const PROGRESS_POLL_MS = 250;

const fileSize = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/**
 * Copies the open encrypted database with VACUUM INTO: one consistent read transaction, written as a compact
 * file encrypted with the same key (SQLite3 Multiple Ciphers keeps the main database's cipher for the target).
 */
export function snapshotDatabase(options: SnapshotOptions): Promise<SnapshotCounts> {
  const modulePath = createRequire(path.join(options.appRoot, 'package.json')).resolve('better-sqlite3');
  const liveSize = fileSize(options.source) + fileSize(`${options.source}-wal`);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { modulePath, source: options.source, target: options.target, keyHex: options.key.toString('hex'), nativeBinding: options.nativeBinding },
  });
  const timer = setInterval(() => options.onProgress?.(Math.min(0.99, fileSize(options.target) / Math.max(liveSize, 1))), PROGRESS_POLL_MS);
  return new Promise<SnapshotCounts>((resolve, reject) => {
    worker.once('message', (message: { ok: true; counts: SnapshotCounts } | { ok: false; message: string }) => {
      if (message.ok) resolve(message.counts);
      else reject(new Error(`Copying the database failed: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The backup copy stopped unexpectedly (exit code ${code}).`)));
  }).finally(() => {
    clearInterval(timer);
    options.onProgress?.(1);
    void worker.terminate();
  });
}
