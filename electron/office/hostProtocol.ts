/** What the office host and its workstations agree on, apart from the contract's channels. */
export const HOST_ROUTES = { enrol: '/enrol', session: '/session', invoke: '/invoke', events: '/events' } as const;

/** The header naming a sign-in session on the host; issued by the session route, bound to the certificate. */
export const SESSION_HEADER = 'x-probation-desk-session';

/** A write's idempotency key, made per call by the workstation and sent again unchanged with its retry. */
export const IDEMPOTENCY_HEADER = 'x-probation-desk-idempotency-key';

/** The enrolment route's answer. */
export interface Enrolled {
  workstationName: string;
  certificatePem: string;
  /** The host's certificate, which the workstation trusts from now on (it has just checked its fingerprint). */
  hostCertificatePem: string;
}
