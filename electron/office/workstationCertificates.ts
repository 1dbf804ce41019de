import { X509Certificate } from 'node:crypto';
import { AppError } from '../api/errors';
import { certificateFingerprint } from './fingerprint';
import type { HostIdentity } from './hostIdentity';
import { KEY_ALGORITHM, randomSerial, x509 } from './x509Crypto';

/** A lost workstation is revoked at once; expiry only bounds how long a forgotten one stays valid. */
const WORKSTATION_CERTIFICATE_YEARS = 5;

export interface IssuedCertificate {
  certificatePem: string;
  fingerprint: string;
  serial: string;
}

/**
 * Signs a workstation's certificate request with the host's key: the request proves the workstation holds
 * the private key; the name is the one the administrator gave the enrolment code, never the request's.
 */
export async function issueWorkstationCertificate(host: HostIdentity, csrPem: string, workstationName: string, now: Date): Promise<IssuedCertificate> {
  let request: x509.Pkcs10CertificateRequest;
  try {
    request = new x509.Pkcs10CertificateRequest(csrPem);
  } catch {
    throw new AppError('VALIDATION', 'The certificate request is not a PEM-encoded PKCS #10 request.', 'csr');
  }
  if (!(await request.verify())) throw new AppError('VALIDATION', 'The certificate request is not signed by its own key.', 'csr');
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + WORKSTATION_CERTIFICATE_YEARS);
  const serial = randomSerial();
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serial,
    subject: [{ CN: [workstationName] }, { O: ['Probation Desk workstation'] }],
    issuer: host.certificate.subject,
    notBefore: now,
    notAfter,
    publicKey: request.publicKey,
    signingKey: host.signingKey,
    signingAlgorithm: KEY_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
      await x509.AuthorityKeyIdentifierExtension.create(host.certificate.publicKey),
    ],
  });
  const certificatePem = certificate.toString('pem');
  return { certificatePem, fingerprint: certificateFingerprint(certificatePem), serial: new X509Certificate(certificatePem).serialNumber };
}
