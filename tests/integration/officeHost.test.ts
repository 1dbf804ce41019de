import { X509Certificate } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:tls';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../electron/api/errors';
import { FingerprintMismatchError, HostConnection } from '../../electron/office/hostConnection';
import { acquireDataFolderLock } from '../../electron/host/dataFolderLock';
import { loadHostIdentity } from '../../electron/office/hostIdentity';
import { SEALED_MESSAGE } from '../../electron/office/hostSeal';
import { enrolWorkstation } from '../../electron/office/workstationEnrolment';
import { createWorkstationKey } from '../../electron/office/workstationKey';
import { ADMIN_PASSWORD, errorOf, NEW_PASSWORD, useOfficeHosts, valueOf } from '../fixtures/officeHostRun';
import { useTempDirs } from '../fixtures/tempDirs';

const startOfficeHost = useOfficeHosts();
const tempDir = useTempDirs();

/** Resolves with the error a connection attempt ends in, or fails the test if the server answers. */
function connectionError(start: (onAnswer: () => void) => NodeJS.EventEmitter): Promise<Error> {
  return new Promise((resolve, reject) => {
    start(() => reject(new Error('the server answered'))).on('error', resolve);
  });
}

describe('office host', () => {
  it('enrolls a workstation with a one-time code: a client certificate signed by the host naming it, listed for administrators', async () => {
    const run = await startOfficeHost();
    const key = await createWorkstationKey();
    const enrolled = await enrolWorkstation({
      hostAddress: run.server.address,
      hostFingerprint: run.host.identity.fingerprint.toLowerCase(),
      code: await run.code('Front desk 2'),
      key,
    });
    const certificate = new X509Certificate(enrolled.certificatePem);
    expect(certificate.subject).toContain('CN=Front desk 2');
    expect(certificate.verify(new X509Certificate(run.host.identity.certificatePem).publicKey)).toBe(true);
    expect(enrolled.hostCertificatePem).toBe(run.host.identity.certificatePem);

    const desk = new HostConnection(run.server.address, enrolled.hostCertificatePem, enrolled.hostFingerprint, { keyPem: key.keyPem, certificatePem: enrolled.certificatePem });
    try {
      await desk.openSession();
      valueOf(await desk.invoke('auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
      const list = valueOf<{ name: string; certificateFingerprint: string; lastContactAt: string | null; revokedAt: string | null }[]>(
        await desk.invoke('office.listWorkstations', {}),
      );
      expect(list).toEqual([expect.objectContaining({ name: 'Front desk 2', certificateFingerprint: certificate.fingerprint256, revokedAt: null })]);
      expect(list[0].lastContactAt).not.toBeNull();
    } finally {
      desk.close();
    }
  });

  it('holds the office data-folder lock, so a standalone app cannot open the office while the host runs', async () => {
    const run = await startOfficeHost();
    expect(() => acquireDataFolderLock(run.office.dataDir, { program: 'Probation Desk' })).toThrow(/already open by the Probation Desk office host/);
  });

  it('is refused by the workstation when the fingerprint differs, before the code is sent', async () => {
    const run = await startOfficeHost();
    const code = await run.code('Front desk 2');
    const other = await loadHostIdentity(tempDir('other-host'));
    const key = await createWorkstationKey();
    await expect(enrolWorkstation({ hostAddress: run.server.address, hostFingerprint: other.fingerprint, code, key })).rejects.toBeInstanceOf(FingerprintMismatchError);
    // Nothing was sent: the code still works with the right fingerprint.
    await expect(enrolWorkstation({ hostAddress: run.server.address, hostFingerprint: run.host.identity.fingerprint, code, key })).resolves.toMatchObject({
      workstationName: 'Front desk 2',
    });
  });

  it('refuses a used code and an expired one', async () => {
    const run = await startOfficeHost();
    const enrol = async (code: string) =>
      enrolWorkstation({ hostAddress: run.server.address, hostFingerprint: run.host.identity.fingerprint, code, key: await createWorkstationKey() });
    const code = await run.code('Front desk 2');
    await enrol(code);
    await expect(enrol(code)).rejects.toThrow(/already used or expired/);
    const late = await run.code('Front desk 3');
    run.clock.advanceMinutes(31);
    await expect(enrol(late)).rejects.toThrow(/already used or expired/);
  });

  it('refuses a revoked workstation on its next request and ends its session', async () => {
    const run = await startOfficeHost();
    const adminDesk = await run.enrol('Admin desk');
    const lostLaptop = await run.enrol('Lost laptop');
    valueOf(await adminDesk.invoke('auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
    valueOf(await lostLaptop.invoke('auth.login', { username: 'olivia', password: NEW_PASSWORD }));
    valueOf(await lostLaptop.invoke('users.directory', {}));

    const list = valueOf<{ id: number; name: string }[]>(await adminDesk.invoke('office.listWorkstations', {}));
    const laptop = list.find((w) => w.name === 'Lost laptop')!;
    expect(valueOf<{ revokedAt: string | null }>(await adminDesk.invoke('office.revokeWorkstation', { workstationId: laptop.id })).revokedAt).not.toBeNull();

    const refused = await lostLaptop.post('/invoke', { channel: 'users.directory', input: {} });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body as ApiResult<unknown>).message).toMatch(/revoked/);
    await expect(lostLaptop.openSession()).rejects.toThrow(/revoked/);
    // Only the administrator's desk still has a session on the host.
    expect(run.host.sessions.all()).toHaveLength(1);
    valueOf(await adminDesk.invoke('users.directory', {}));
  });

  it('refuses a connection without a client certificate, and one with a certificate another host signed', async () => {
    const run = await startOfficeHost();
    const post = (options: { key?: string; cert?: string }) =>
      new Promise<number>((resolve, reject) => {
        const req = httpsRequest(
          `${run.server.address}/session`,
          { method: 'POST', headers: { 'Content-Type': 'application/json' }, ca: run.host.identity.certificatePem, checkServerIdentity: () => undefined, ...options },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
    expect(await post({})).toBe(401);
    const stranger = await loadHostIdentity(tempDir('stranger'));
    expect(await post({ key: stranger.keyPem, cert: stranger.certificatePem })).toBe(401);
    expect(run.host.sessions.all()).toEqual([]);
  });

  it('gives plain HTTP nothing and refuses TLS 1.2', async () => {
    const run = await startOfficeHost();
    const { port } = new URL(run.server.address);
    const plain = await connectionError((onAnswer) => httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/session' }, onAnswer).end('{}'));
    expect(plain.message).toMatch(/socket hang up|ECONNRESET/);
    const tls12 = await connectionError((onAnswer) => connect({ host: '127.0.0.1', port: Number(port), maxVersion: 'TLSv1.2', rejectUnauthorized: false }, onAnswer));
    expect(tls12.message).toMatch(/protocol version|alert/i);
  });

  it('starts sealed: data channels refused until a sign-in or the recovery key unseals it; an administrator seals it again', async () => {
    const run = await startOfficeHost();
    const desk = await run.enrol('Front desk');
    // The console code unsealed it; an administrator seals it from the desk.
    valueOf(await desk.invoke('auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
    valueOf(await desk.invoke('office.seal', {}));
    expect(run.host.seal.sealed).toBe(true);
    expect(errorOf(await desk.invoke('users.directory', {}))).toEqual({ code: 'SESSION_REQUIRED', message: SEALED_MESSAGE });
    expect(errorOf(await desk.invoke('office.listWorkstations', {})).message).toBe(SEALED_MESSAGE);
    // Sealing ended the session; a new one can sign in.
    expect((await desk.post('/invoke', { channel: 'auth.status', input: {} })).status).toBe(401);
    await desk.openSession();
    expect(valueOf<{ state: string }>(await desk.invoke('auth.status', {})).state).toBe('logged-out');

    // The first sign-in, by any user, unseals it.
    valueOf(await desk.invoke('auth.login', { username: 'olivia', password: NEW_PASSWORD }));
    expect(run.host.seal.sealed).toBe(false);
    valueOf(await desk.invoke('users.directory', {}));

    // The recovery key unseals it without signing anyone in.
    run.host.sessions.endAll('test');
    run.host.seal.seal();
    await desk.openSession();
    expect(errorOf(await desk.invoke('office.unseal', { recoveryKey: 'AAAA-BBBB' })).code).toBe('AUTH_FAILED');
    valueOf(await desk.invoke('office.unseal', { recoveryKey: run.recoveryKey }));
    expect(run.host.seal.sealed).toBe(false);
    expect(errorOf(await desk.invoke('users.directory', {})).code).toBe('SESSION_REQUIRED');
    expect(errorOf(await desk.invoke('users.directory', {})).message).not.toBe(SEALED_MESSAGE);
  });

  it('keeps one session per workstation sign-in: two users at once, each with what their role allows', async () => {
    const run = await startOfficeHost();
    const adminDesk = await run.enrol('Admin desk');
    const officerDesk = await run.enrol('Officer desk');
    valueOf(await adminDesk.invoke('auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
    valueOf(await officerDesk.invoke('auth.login', { username: 'olivia', password: NEW_PASSWORD }));

    expect(valueOf<{ user: { username: string } }>(await adminDesk.invoke('auth.status', {})).user.username).toBe('admin');
    expect(valueOf<{ user: { username: string } }>(await officerDesk.invoke('auth.status', {})).user.username).toBe('olivia');
    expect(valueOf<unknown[]>(await adminDesk.invoke('users.list', {})).length).toBe(3);
    expect(errorOf(await officerDesk.invoke('users.list', {})).code).toBe('FORBIDDEN');
    expect(errorOf(await officerDesk.invoke('office.revokeWorkstation', { workstationId: 1 })).code).toBe('FORBIDDEN');

    // Locking one workstation's session leaves the other's open.
    valueOf(await officerDesk.invoke('auth.lock', {}));
    expect(errorOf(await officerDesk.invoke('users.directory', {})).code).toBe('SESSION_LOCKED');
    valueOf(await adminDesk.invoke('users.directory', {}));
  });

  it('rotates the key at a deactivation with the other workstations locked, not failed: they unlock with their password', async () => {
    const run = await startOfficeHost();
    const adminDesk = await run.enrol('Admin desk');
    const supervisorDesk = await run.enrol('Supervisor desk');
    valueOf(await adminDesk.invoke('auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
    valueOf(await supervisorDesk.invoke('auth.login', { username: 'sam', password: NEW_PASSWORD }));
    const olivia = valueOf<{ id: number; username: string }[]>(await adminDesk.invoke('users.list', {})).find((u) => u.username === 'olivia')!;

    expect(valueOf<{ active: boolean }>(await adminDesk.invoke('users.deactivate', { id: olivia.id })).active).toBe(false);
    expect(valueOf<{ keyRotatedAt: string | null }>(await adminDesk.invoke('security.status', {})).keyRotatedAt).not.toBeNull();
    expect(errorOf(await supervisorDesk.invoke('users.directory', {})).code).toBe('SESSION_LOCKED');
    valueOf(await supervisorDesk.invoke('auth.unlock', { password: NEW_PASSWORD }));
    valueOf(await supervisorDesk.invoke('users.directory', {}));
    // The host reopened its own connection with the new key: the workstations table is still read on every request.
    expect(valueOf<unknown[]>(await adminDesk.invoke('office.listWorkstations', {}))).toHaveLength(2);
    valueOf(await adminDesk.invoke('security.rotateKey', {}));
    expect(run.host.seal.sealed).toBe(false);
  });
});
