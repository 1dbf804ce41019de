import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ensurePrivateFolder } from '../../db/fileModes';
import type { ClientIdentity } from './hostConnection';

/** In the workstation's own data folder: office mode is this workstation's setting, not the office's. */
export const OFFICE_MODE_FOLDER = 'office-mode';
const SETTINGS_FILE = 'office-mode.json';
const KEY_FILE = 'workstation-key.pem';
const CERTIFICATE_FILE = 'workstation-certificate.pem';
const HOST_CERTIFICATE_FILE = 'host-certificate.pem';

const settingsSchema = z.object({ hostAddress: z.string(), hostFingerprint: z.string(), workstationName: z.string(), enrolledAt: z.string() });
export type OfficeModeSettings = z.infer<typeof settingsSchema>;

export interface WorkstationEnrolment {
  settings: OfficeModeSettings;
  identity: ClientIdentity;
  hostCertificatePem: string;
}

/** Keeps what enrollment gave this workstation, owner-only (0600 files in a 0700 folder). */
export function saveWorkstationEnrolment(dataDir: string, enrolment: WorkstationEnrolment) {
  const folder = path.join(dataDir, OFFICE_MODE_FOLDER);
  ensurePrivateFolder(folder);
  const write = (file: string, text: string) => writeFileSync(path.join(folder, file), text, { mode: 0o600 });
  write(KEY_FILE, enrolment.identity.keyPem);
  write(CERTIFICATE_FILE, enrolment.identity.certificatePem);
  write(HOST_CERTIFICATE_FILE, enrolment.hostCertificatePem);
  // Last: a workstation is in office mode only once all its files are there.
  write(SETTINGS_FILE, `${JSON.stringify(enrolment.settings, null, 2)}\n`);
}

/** This workstation's enrollment, or null when it runs standalone. */
export function loadWorkstationEnrolment(dataDir: string): WorkstationEnrolment | null {
  const folder = path.join(dataDir, OFFICE_MODE_FOLDER);
  if (!existsSync(path.join(folder, SETTINGS_FILE))) return null;
  const read = (file: string) => readFileSync(path.join(folder, file), 'utf8');
  return {
    settings: settingsSchema.parse(JSON.parse(read(SETTINGS_FILE))),
    identity: { keyPem: read(KEY_FILE), certificatePem: read(CERTIFICATE_FILE) },
    hostCertificatePem: read(HOST_CERTIFICATE_FILE),
  };
}
