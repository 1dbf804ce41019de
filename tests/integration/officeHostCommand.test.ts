import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireDataFolderLock } from '../../electron/host/dataFolderLock';
import { FingerprintMismatchError, HostConnection } from '../../electron/office/hostConnection';
import { loadWorkstationEnrolment, OFFICE_MODE_FOLDER } from '../../electron/office/workstationEnrolmentFiles';
import { startHostCommand, UsageError } from '../../scripts/host/hostCommand';
import { runEnroll } from '../../scripts/workstation/enrollCommand';
import { useTempDirs } from '../fixtures/tempDirs';
import { ADMIN_PASSWORD, SETUP_INPUT, useTempOffices } from '../fixtures/tempOffice';

const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const offices = useTempOffices();
const tempDir = useTempDirs();

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

let printed: string[];
beforeEach(() => {
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
});
afterEach(() => {
  delete process.env.PROBATION_DESK_PASSWORD;
  vi.restoreAllMocks();
});

describe('npm run host', () => {
  it('starts on a standalone office, prints its fingerprint and the codes asked for, and npm run enroll enrolls a workstation with them', async () => {
    const office = await offices.setUp();
    office.sessions.shutdown();
    process.env.PROBATION_DESK_PASSWORD = ADMIN_PASSWORD;
    const port = await freePort();
    const running = await startHostCommand(
      [
        '--data-dir',
        office.dataDir,
        '--listen',
        `127.0.0.1:${port}`,
        '--user',
        SETUP_INPUT.admin.username,
        '--enrollment-code',
        'Front desk 1',
        '--enrollment-code',
        'Front desk 2',
      ],
      APP_ROOT,
    );
    try {
      expect(running.address).toBe(`https://127.0.0.1:${port}`);
      expect(printed).toContain(`Host fingerprint (compare it on each workstation at enrollment): ${running.fingerprint}`);
      expect(printed).toContain('The host is unsealed.');
      const codes = printed.flatMap((line) => /^Enrollment code for (.+): (\S+) /.exec(line)?.slice(1, 3) ?? []);
      expect(codes.filter((_, i) => i % 2 === 0)).toEqual(['Front desk 1', 'Front desk 2']);
      expect(() => acquireDataFolderLock(office.dataDir, { program: 'Probation Desk' })).toThrow(/office host/);
      // npm run enroll on the workstation: a mistyped fingerprint is refused and leaves nothing behind.
      const workstationDir = tempDir('workstation');
      const wrong = running.fingerprint.replace(/^../, running.fingerprint.startsWith('00') ? '11' : '00');
      await expect(runEnroll(['--host', running.address, '--fingerprint', wrong, '--code', codes[3], '--data-dir', workstationDir])).rejects.toBeInstanceOf(
        FingerprintMismatchError,
      );
      expect(loadWorkstationEnrolment(workstationDir)).toBeNull();
      expect(await runEnroll(['--host', running.address, '--fingerprint', running.fingerprint, '--code', codes[3], '--data-dir', workstationDir])).toMatch(
        /enrolled as "Front desk 2"/,
      );
      const folder = path.join(workstationDir, OFFICE_MODE_FOLDER);
      for (const file of readdirSync(folder)) expect(statSync(path.join(folder, file)).mode & 0o777).toBe(0o600);
      const enrolment = loadWorkstationEnrolment(workstationDir)!;
      const desk = new HostConnection(enrolment.settings.hostAddress, enrolment.hostCertificatePem, enrolment.settings.hostFingerprint, enrolment.identity);
      try {
        await desk.openSession();
        expect(await desk.invoke('auth.status', {})).toMatchObject({ ok: true, value: { state: 'logged-out' } });
      } finally {
        desk.close();
      }
    } finally {
      await running.stop();
    }
    // Stopped, the office is free for the standalone app again.
    acquireDataFolderLock(office.dataDir, { program: 'Probation Desk' }).release();
  });

  it('refuses a folder with no office, and a listen address without a port, with what to do', async () => {
    const empty = tempDir('no-office');
    await expect(startHostCommand(['--data-dir', empty, '--listen', '127.0.0.1:8443'], APP_ROOT)).rejects.toThrow(/holds no office. Set the office up first/);
    await expect(startHostCommand(['--data-dir', empty, '--listen', '127.0.0.1'], APP_ROOT)).rejects.toThrow(/ADDRESS:PORT/);
    await expect(startHostCommand(['--data-dir', empty], APP_ROOT)).rejects.toBeInstanceOf(UsageError);
  });
});
