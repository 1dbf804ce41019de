import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensurePrivateFolder, restrictFiles } from '../../db/fileModes';
import { certificateFingerprint } from './fingerprint';
import { generateKeyPair, KEY_ALGORITHM, privateKeyFromPem, privateKeyToPem, randomSerial, x509 } from './x509Crypto';

/** Beside probation.db and vault.json in the office's data folder. */
export const HOST_IDENTITY_FOLDER = 'office-host';
const KEY_FILE = 'host-key.pem';
const CERTIFICATE_FILE = 'host-certificate.pem';
/** Long: every workstation pins this certificate, and a new one means enrolling every workstation again. */
const HOST_CERTIFICATE_YEARS = 20;

/**
 * The office host's own key pair and its self-signed certificate, which is both the TLS server certificate
 * and the authority that signs each workstation's client certificate. Workstations trust it by its
 * fingerprint, compared by a person at enrolment, not by a host name (closed networks rarely have DNS).
 */
export interface HostIdentity {
  keyPem: string;
  certificatePem: string;
  fingerprint: string;
  /** The subject as the issuer of workstation certificates. */
  certificate: x509.X509Certificate;
  signingKey: CryptoKey;
}

async function createIdentity(folder: string) {
  const keys = await generateKeyPair();
  const notBefore = new Date();
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + HOST_CERTIFICATE_YEARS);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: [{ CN: ['Probation Desk office host'] }, { O: ['Probation Desk'] }],
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: KEY_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
      // OpenSSL holds an authority's extended key usage over the certificates it signs: clientAuth lets it sign workstations'.
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const keyFile = path.join(folder, KEY_FILE);
  const certificateFile = path.join(folder, CERTIFICATE_FILE);
  // The key first: a crash between the two leaves no certificate, and the next start makes both anew.
  writeFileSync(keyFile, await privateKeyToPem(keys.privateKey), { mode: 0o600 });
  writeFileSync(certificateFile, certificate.toString('pem'), { mode: 0o600 });
}

/** Loads the host's identity from the data folder, making it at the first start (files 0600 in a 0700 folder). */
export async function loadHostIdentity(dataDir: string): Promise<HostIdentity> {
  const folder = path.join(dataDir, HOST_IDENTITY_FOLDER);
  ensurePrivateFolder(folder);
  const keyFile = path.join(folder, KEY_FILE);
  const certificateFile = path.join(folder, CERTIFICATE_FILE);
  if (!existsSync(keyFile) || !existsSync(certificateFile)) await createIdentity(folder);
  restrictFiles([keyFile, certificateFile]);
  const keyPem = readFileSync(keyFile, 'utf8');
  const certificatePem = readFileSync(certificateFile, 'utf8');
  return {
    keyPem,
    certificatePem,
    fingerprint: certificateFingerprint(certificatePem),
    certificate: new x509.X509Certificate(certificatePem),
    signingKey: await privateKeyFromPem(keyPem),
  };
}
