import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirOverride, defaultDataDir } from '../../electron/host/dataDir';
import { enrolWorkstation } from '../../electron/office/workstationEnrolment';
import { OFFICE_MODE_FOLDER, saveWorkstationEnrolment } from '../../electron/office/workstationEnrolmentFiles';
import { createWorkstationKey } from '../../electron/office/workstationKey';

export const ENROLL_USAGE = `Usage:
  npm run enroll -- --host https://ADDRESS:PORT --fingerprint FINGERPRINT --code CODE [--data-dir DIR]

  --host         the office host's address, as it printed it
  --fingerprint  the host fingerprint shown on the host's screen (32 pairs of hex digits)
  --code         the one-time enrollment code an administrator made for this workstation
  --data-dir     this workstation's data folder (default: the app's own folder for this account)`;

const OPTIONS = { host: { type: 'string' }, fingerprint: { type: 'string' }, code: { type: 'string' }, 'data-dir': { type: 'string' } } as const;

/**
 * `npm run enroll`: makes this workstation's key pair, checks the host's fingerprint, sends the code and the
 * certificate request, and keeps the certificate it gets in the workstation's own data folder.
 */
export async function runEnroll(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const values = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  if (!values.host || !values.fingerprint || !values.code) throw new Error(`Give --host, --fingerprint and --code.\n\n${ENROLL_USAGE}`);
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : (dataDirOverride([], env) ?? defaultDataDir(env));
  const key = await createWorkstationKey();
  const enrolled = await enrolWorkstation({ hostAddress: values.host, hostFingerprint: values.fingerprint, code: values.code, key });
  saveWorkstationEnrolment(dataDir, {
    settings: { hostAddress: values.host, hostFingerprint: enrolled.hostFingerprint, workstationName: enrolled.workstationName, enrolledAt: new Date().toISOString() },
    identity: { keyPem: key.keyPem, certificatePem: enrolled.certificatePem },
    hostCertificatePem: enrolled.hostCertificatePem,
  });
  return `The host's fingerprint matched. This workstation is enrolled as "${enrolled.workstationName}"; its key and certificate are in ${path.join(dataDir, OFFICE_MODE_FOLDER)} (owner-only).`;
}
