import type { ApiResult } from '../api/errors';
import { normalizeFingerprint } from './fingerprint';
import { postPinned } from './hostConnection';
import { HOST_ROUTES, type Enrolled } from './hostProtocol';
import type { WorkstationKey } from './workstationKey';

export interface EnrolmentRequest {
  /** https://ADDRESS:PORT of the office host. */
  hostAddress: string;
  /** As read from the host's screen. */
  hostFingerprint: string;
  code: string;
  key: WorkstationKey;
}

/**
 * Enrolls this workstation: checks the host's fingerprint first (a mismatch sends nothing), then sends the
 * one-time code and the certificate request, and returns the client certificate the host signed.
 */
export async function enrolWorkstation(request: EnrolmentRequest): Promise<Enrolled & { hostFingerprint: string }> {
  const fingerprint = normalizeFingerprint(request.hostFingerprint);
  if (!fingerprint) throw new Error('The host fingerprint must be 32 pairs of hex digits, as the office host shows it (AB:12:…).');
  const answer = await postPinned(request.hostAddress, HOST_ROUTES.enrol, { code: request.code, csr: request.key.csrPem }, fingerprint);
  const result = answer.body as ApiResult<Enrolled>;
  if (!result.ok) throw new Error(result.error.message);
  return { ...result.value, hostFingerprint: fingerprint };
}
