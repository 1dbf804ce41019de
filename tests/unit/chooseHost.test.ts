import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseHost } from '../../electron/host/chooseHost';
import { acquireDataFolderLock } from '../../electron/host/dataFolderLock';
import { DATABASE_FILE } from '../../electron/services/auth/sessionManager';
import { saveWorkstationEnrolment } from '../../electron/office/workstationEnrolmentFiles';
import { useTempDirs } from '../fixtures/tempDirs';

const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDirs();

describe('chooseHost (the Electron main process and the browser shell)', () => {
  it('a data folder without an enrollment is a standalone office: the folder is locked and the local dispatcher answers', async () => {
    const dataDir = tempDir('standalone');
    const { host, enrolment } = chooseHost({ dataDir, appRoot: APP_ROOT });
    try {
      expect(enrolment).toBeNull();
      expect(host.rendererDir).toBe(path.join(APP_ROOT, 'dist', 'renderer'));
      expect(await host.dispatch('auth.status', {})).toMatchObject({ ok: true, value: { state: 'setup-required' } });
      expect(() => acquireDataFolderLock(dataDir, { program: 'a test' })).toThrow();
    } finally {
      host.close();
    }
  });

  it("an enrolled workstation's folder forwards every call to its office host and keeps no office data", async () => {
    const dataDir = tempDir('workstation');
    saveWorkstationEnrolment(dataDir, {
      settings: { hostAddress: 'https://127.0.0.1:9', hostFingerprint: 'AB:CD', workstationName: 'Front desk 1', enrolledAt: new Date().toISOString() },
      identity: { keyPem: 'not a key', certificatePem: 'not a certificate' },
      hostCertificatePem: 'not a certificate',
    });
    const { host, enrolment } = chooseHost({ dataDir, appRoot: APP_ROOT });
    try {
      expect(enrolment?.settings.workstationName).toBe('Front desk 1');
      const answer = await host.dispatch('auth.status', {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'DATA_UNAVAILABLE' } });
      expect(!answer.ok && answer.error.message).toContain('The office host at https://127.0.0.1:9 cannot be reached');
      expect(existsSync(path.join(dataDir, DATABASE_FILE))).toBe(false);
      acquireDataFolderLock(dataDir, { program: 'a test' }).release();
    } finally {
      host.close();
    }
  });
});
