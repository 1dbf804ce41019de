import { generateKeyPair, KEY_ALGORITHM, privateKeyToPem, x509 } from './x509Crypto';

export interface WorkstationKey {
  keyPem: string;
  csrPem: string;
}

/** The workstation's own key pair (it never leaves the workstation) and a certificate request signed with it. */
export async function createWorkstationKey(): Promise<WorkstationKey> {
  const keys = await generateKeyPair();
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({ name: [{ CN: ['Probation Desk workstation'] }], keys, signingAlgorithm: KEY_ALGORITHM });
  return { keyPem: await privateKeyToPem(keys.privateKey), csrPem: csr.toString('pem') };
}
