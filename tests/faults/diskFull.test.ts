import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readlinkSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, TEMP_PASSWORD, useTempOffices, type TempOffice } from '../fixtures/tempOffice';
import { makeTempDir, removeDir } from '../fixtures/tempDirs';

/**
 * A real full disk: the office lives on a small tmpfs that the test fills. Mounting needs root (as on the
 * build machine and in the project's container); elsewhere the suite says so and skips.
 */
function mountTmpfs(): string | null {
  const dir = makeTempDir('tmpfs');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    removeDir(dir);
    return null;
  }
}

const probe = mountTmpfs();
if (probe) {
  execFileSync('umount', [probe]);
  removeDir(probe);
}

const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) {
    execFileSync('umount', ['-l', dir]);
    removeDir(dir);
  }
});
const offices = useTempOffices();

/** Fills the file system holding `dir` to the last byte; `leaveBytes` frees that much again. */
function fillDisk(dir: string, leaveBytes = 0): string {
  const filler = path.join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  for (let size = 4096; size >= 1; size = Math.floor(size / 2)) {
    try {
      while (writeSync(fd, chunk, 0, size) > 0);
    } catch {
      // Full at this size; try a smaller one.
    }
  }
  if (leaveBytes) ftruncateSync(fd, statSync(filler).size - leaveBytes);
  closeSync(fd);
  return filler;
}

/** How many descriptors this process holds on the office database. */
function databaseHandles(office: TempOffice) {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === office.databaseFile;
    } catch {
      return false;
    }
  }).length;
}

/** An office on a fresh tmpfs with the administrator signed in and the WAL emptied, so any write must grow a file. */
async function officeOnSmallDisk(): Promise<{ office: TempOffice; mount: string }> {
  const mount = mountTmpfs()!;
  mounts.push(mount);
  const dataDir = path.join(mount, 'office');
  mkdirSync(dataDir);
  const office = await offices.setUp({ dataDir });
  await office.addUser('olivia');
  const raw = office.openRaw();
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return { office, mount };
}

describe.skipIf(!probe)('a full disk', () => {
  it('refuses a save with "The disk is full", never "Something went wrong", and keeps what was saved', async () => {
    const { office, mount } = await officeOnSmallDisk();
    const filler = fillDisk(mount);
    const error = await office.fail('users.create', { username: 'oscar', fullName: 'Oscar Testperson', role: 'officer', supervisorId: null, temporaryPassword: TEMP_PASSWORD });
    expect(error).toMatchObject({ code: 'DISK_FULL', message: expect.stringMatching(/^The disk is full/) });
    expect(office.loggedErrors).toEqual([]);
    rmSync(filler);
    expect((await office.call('users.list', {})).map((u) => u.username).sort()).toEqual(['admin', 'olivia']);
  });

  it('still locks and signs out, closing the database and dropping the key; the rows are written at the next open', async () => {
    const { office, mount } = await officeOnSmallDisk();
    let filler = fillDisk(mount);
    expect((await office.call('auth.lock', {})).state).toBe('locked');
    expect(databaseHandles(office)).toBe(0);
    expect(await office.fail('users.list', {})).toMatchObject({ code: 'SESSION_LOCKED' });
    rmSync(filler);
    expect((await office.call('auth.unlock', { password: ADMIN_PASSWORD })).state).toBe('active');

    filler = fillDisk(mount);
    expect((await office.call('auth.logout', {})).state).toBe('logged-out');
    expect(databaseHandles(office)).toBe(0);
    rmSync(filler);
    await office.signInAsAdmin();
    const { rows } = await office.call('audit.list', { filter: { kind: 'security' }, page: 1, pageSize: 10 });
    expect(rows.map((r) => [r.action, r.detail])).toEqual(
      expect.arrayContaining([
        ['auth.lock', 'manual; recorded late: the disk was full'],
        ['auth.logout', 'recorded late: the disk was full'],
      ]),
    );
  });

  it('locks an idle session without throwing from the timer', async () => {
    const { office, mount } = await officeOnSmallDisk();
    fillDisk(mount);
    office.sessions.refreshIdleLock();
    (office.sessions as unknown as { session: { lastActivity: number } }).session.lastActivity = 0;
    expect(() => office.sessions.checkIdle()).not.toThrow();
    expect(office.sessions.status().state).toBe('locked');
    expect(databaseHandles(office)).toBe(0);
  });

  it('refuses every sign-in it cannot record, the right password too, so lockout never fails open', async () => {
    const { office, mount } = await officeOnSmallDisk();
    office.sessions.logout();
    const filler = fillDisk(mount);
    for (let attempt = 1; attempt <= 8; attempt++) {
      expect(await office.fail('auth.login', { username: 'admin', password: `Wrong-Guess-Number-${attempt}` })).toMatchObject({
        code: 'DISK_FULL',
        message: expect.stringMatching(/^The disk is full/),
      });
    }
    expect(await office.fail('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).toMatchObject({ code: 'DISK_FULL' });
    expect(databaseHandles(office)).toBe(0);
    rmSync(filler);
    expect((await office.signInAsAdmin()).state).toBe('active');
  });

  it('closes the database when a sign-in fails after opening it', async () => {
    const { office, mount } = await officeOnSmallDisk();
    office.sessions.logout();
    // Room for the small vault writes, none for the database to grow by its sign-in rows.
    const filler = fillDisk(mount, 8 * 1024);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const error = await office.fail('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
      expect(error).toMatchObject({ code: 'DISK_FULL' });
      expect(databaseHandles(office)).toBe(0);
    }
    rmSync(filler);
    expect((await office.call('auth.login', { username: 'olivia', password: TEMP_PASSWORD })).state).toBe('active');
  });
});
