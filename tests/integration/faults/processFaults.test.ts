import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { ADMIN_PASSWORD, FAST_KDF_ITERATIONS, MIGRATIONS_FOLDER, useTempOffices } from '../../fixtures/tempOffice';
import { useTempDirs } from '../../fixtures/tempDirs';
import { readVaultJson } from '../../fixtures/vaultFile';

const WORKER = fileURLToPath(new URL('./officeWorker.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const offices = useTempOffices();
const tempDir = useTempDirs();
const children: ChildProcess[] = [];

afterEach(() => {
  // Each worker leads its own process group (tsx runs the script in a child), so the whole group goes.
  for (const child of children.splice(0)) if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
});

interface Worker {
  child: ChildProcess;
  lines: string[];
  stderr: () => string;
  exited: Promise<number | null>;
}

function startWorker(...args: string[]): Worker {
  const child = spawn(TSX, [WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.push(child);
  const lines: string[] = [];
  let err = '';
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, lines, stderr: () => err, exited };
}

async function until(worker: Worker, check: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline || worker.child.exitCode !== null) throw new Error(`no ${what}: ${worker.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('two programs on one data folder', () => {
  it('the second says the office is already open, by which process, and exits non-zero; after kill -9 of the first the folder opens again', async () => {
    const office = await offices.setUp();
    office.sessions.shutdown();
    const first = startWorker('hold', office.dataDir);
    await until(first, () => first.lines.some((l) => l.startsWith('ready')), 'first instance');
    const firstPid = first.lines.find((l) => l.startsWith('ready'))!.slice(6);

    const second = startWorker('hold', office.dataDir);
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toContain(`This office is already open by fault worker hold (process ${firstPid}`);
    expect(second.stderr()).toContain(office.dataDir);

    process.kill(Number(firstPid), 'SIGKILL');
    await first.exited;
    const third = startWorker('hold', office.dataDir);
    await until(third, () => third.lines.some((l) => l.startsWith('ready')), 'instance after the stale lock');
  }, 90_000);

  it('concurrent key-slot writers that skip the folder lock still lose no slot', async () => {
    const office = await offices.setUp();
    office.sessions.shutdown();
    const writers = ['amy', 'ben'].map((prefix) => startWorker('slots', office.dataDir, prefix));
    for (const writer of writers) expect(await writer.exited).toBe(0);
    const names = readVaultJson(office.vaultFile).slots.map((s) => s.username);
    for (const prefix of ['amy', 'ben']) for (let i = 0; i < 6; i += 1) expect(names).toContain(`${prefix}${i}`);
    expect(names).toContain('admin');
  }, 90_000);
});

describe('kill -9 during writes', () => {
  it('keeps every acknowledged write; integrity, full-text index and audit chain all check out', async () => {
    const office = await offices.setUp();
    const officer = await office.addUser('olivia', 'supervisor');
    office.sessions.shutdown();
    const writer = startWorker('write', office.dataDir, ADMIN_PASSWORD, String(officer.id));
    await until(writer, () => writer.lines.filter((l) => l.startsWith('ack ')).length >= 15, 'acknowledged writes');
    process.kill(Number(writer.lines[0].slice(6)), 'SIGKILL');
    await writer.exited;
    const acknowledged = writer.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)));

    await office.signInAsAdmin();
    const sqlite = office.openRaw();
    const ids = new Set(sqlite.prepare('SELECT id FROM clients').pluck().all() as number[]);
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.exec("INSERT INTO client_search(client_search) VALUES('integrity-check')");
    expect(await office.call('audit.verify', {})).toMatchObject({ ok: true });
    for (const suffix of ['', '-wal']) expect(statSync(office.databaseFile + suffix).mode & 0o777).toBe(0o600);
    expect(readFileSync(office.vaultFile, 'utf8')).toContain('probation-desk-vault');
  }, 120_000);
});

describe('file modes', () => {
  it('makes the data folder 0700 and the database, its WAL and the vault 0600, narrowing wider ones on open', async () => {
    const office = await offices.setUp();
    expect(statSync(office.dataDir).mode & 0o777).toBe(0o700);
    for (const file of [office.databaseFile, `${office.databaseFile}-wal`, office.vaultFile]) expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('narrows a folder and files left wider (by an older version or another tool) when the office is opened', async () => {
    const office = await offices.setUp();
    office.sessions.shutdown();
    chmodSync(office.dataDir, 0o755);
    for (const file of [office.databaseFile, office.vaultFile]) chmodSync(file, 0o644);
    const reopened = new SessionManager({ dataDir: office.dataDir, migrationsFolder: MIGRATIONS_FOLDER, kdfIterations: FAST_KDF_ITERATIONS });
    await reopened.login('admin', ADMIN_PASSWORD);
    reopened.shutdown();
    expect(statSync(office.dataDir).mode & 0o777).toBe(0o700);
    for (const file of [office.databaseFile, office.vaultFile]) expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('creates a new data folder 0700', () => {
    const dir = path.join(tempDir('parent'), 'office');
    new SessionManager({ dataDir: dir, migrationsFolder: MIGRATIONS_FOLDER }).shutdown();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
