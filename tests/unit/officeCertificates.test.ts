import { X509Certificate } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeFingerprint } from '../../electron/office/fingerprint';
import { HOST_IDENTITY_FOLDER, loadHostIdentity } from '../../electron/office/hostIdentity';
import { issueWorkstationCertificate } from '../../electron/office/workstationCertificates';
import { createWorkstationKey } from '../../electron/office/workstationKey';
import { useTempDirs } from '../fixtures/tempDirs';

const tempDir = useTempDirs();

describe('office host certificates', () => {
  it('makes its key pair and self-signed certificate once, owner-only, and shows the SHA-256 fingerprint in colon hex', async () => {
    const dataDir = tempDir('host-identity');
    const first = await loadHostIdentity(dataDir);
    expect(first.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const certificate = new X509Certificate(first.certificatePem);
    expect(certificate.ca).toBe(true);
    expect(certificate.checkIssued(certificate)).toBe(true);
    expect(certificate.fingerprint256).toBe(first.fingerprint);
    for (const file of ['host-key.pem', 'host-certificate.pem']) expect(statSync(path.join(dataDir, HOST_IDENTITY_FOLDER, file)).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dataDir, HOST_IDENTITY_FOLDER)).mode & 0o777).toBe(0o700);
    expect((await loadHostIdentity(dataDir)).fingerprint).toBe(first.fingerprint);
  });

  it('signs a workstation certificate for client authentication under the name the administrator gave, whatever the request says', async () => {
    const host = await loadHostIdentity(tempDir('host-identity'));
    const key = await createWorkstationKey();
    const issued = await issueWorkstationCertificate(host, key.csrPem, "Front desk (O'Neil)", new Date('2026-12-02T12:00:00Z'));
    const certificate = new X509Certificate(issued.certificatePem);
    expect(certificate.subject).toBe("CN=Front desk (O'Neil)\nO=Probation Desk workstation");
    expect(certificate.ca).toBe(false);
    expect(certificate.checkIssued(new X509Certificate(host.certificatePem))).toBe(true);
    expect(certificate.verify(new X509Certificate(host.certificatePem).publicKey)).toBe(true);
    expect(certificate.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
    expect(certificate.fingerprint256).toBe(issued.fingerprint);
    expect(certificate.serialNumber).toBe(issued.serial);
  });

  it('refuses a request that is not a PKCS #10 request, as a field error', async () => {
    const host = await loadHostIdentity(tempDir('host-identity'));
    await expect(issueWorkstationCertificate(host, 'not a request', 'Front desk', new Date())).rejects.toMatchObject({ code: 'VALIDATION', field: 'csr' });
  });

  it('reads a fingerprint as typed from the host screen, and nothing else', () => {
    const typed = 'ab 12'.repeat(1) + ':cd'.repeat(30);
    expect(normalizeFingerprint(typed)).toBe(['AB', '12', ...Array(30).fill('CD')].join(':'));
    expect(normalizeFingerprint('AB:12')).toBeNull();
  });
});
