import dayjs from 'dayjs';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/api/contract';
import type { ApiError } from '../../electron/api/errors';
import { LOCAL_DATE_TIME_FORMAT } from '../../electron/api/shared/fieldSchemas';
import { HostConnection } from '../../electron/office/hostConnection';
import { enrolWorkstation } from '../../electron/office/workstationEnrolment';
import { createWorkstationKey } from '../../electron/office/workstationKey';

/** A refusal from the host (or its dispatcher), with the channel it answered. */
export class CallRefused extends Error {
  constructor(
    readonly channel: string,
    readonly error: ApiError,
  ) {
    super(`${channel}: ${error.code} ${error.message}`);
    this.name = 'CallRefused';
  }
}

const NOTE_NARRATIVE =
  'Client reported to the office as scheduled. Reviewed employment, which continues, and treatment attendance, ' +
  'confirmed by the provider this week. Went over the conditions and the payment plan. No new police contact.';

/**
 * One enrolled workstation as the load and fault tests drive it: the real enrollment (code and certificate
 * request, fingerprint compared), the workstation's `HostConnection`, and an officer signed in on it.
 */
export class SimulatedWorkstation {
  private userId = 0;

  private constructor(
    readonly name: string,
    readonly connection: HostConnection,
  ) {}

  static async enroll(name: string, host: { address: string; fingerprint: string; code: string }): Promise<SimulatedWorkstation> {
    const key = await createWorkstationKey();
    const enrolled = await enrolWorkstation({ hostAddress: host.address, hostFingerprint: host.fingerprint, code: host.code, key });
    const connection = new HostConnection(host.address, enrolled.hostCertificatePem, enrolled.hostFingerprint, { keyPem: key.keyPem, certificatePem: enrolled.certificatePem });
    return new SimulatedWorkstation(name, connection);
  }

  /** The signed-in officer's id. */
  get officerId(): number {
    return this.userId;
  }

  /** A channel's value; a refusal is thrown as `CallRefused`, a connection failure as it came. */
  async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await this.connection.invoke(channel, input);
    if (!result.ok) throw new CallRefused(channel, result.error);
    return result.value as ChannelOutput<C>;
  }

  async signIn(username: string, password: string): Promise<void> {
    const status = await this.call('auth.login', { username, password });
    if (status.state !== 'active' || !status.user) throw new Error(`${username} signed in on ${this.name} but the session is ${status.state}.`);
    this.userId = status.user.id;
  }

  /** Writes and signs an office-visit note in one call, as the note form's "Save and sign" does; answers its id. */
  async writeSignedNote(clientId: number): Promise<number> {
    const contactAt = dayjs().subtract(1, 'hour').format(LOCAL_DATE_TIME_FORMAT);
    const note = await this.call('caseNotes.create', {
      clientId,
      sign: true,
      note: { contactType: 'office_visit', contactAt, durationMinutes: 30, location: 'Office', outcome: 'attended_complied', narrative: NOTE_NARRATIVE },
    });
    return note.id;
  }

  /** Whether a note acknowledged earlier is there, signed. */
  async hasSignedNote(noteId: number): Promise<boolean> {
    return (await this.call('caseNotes.get', { noteId })).note.status === 'signed';
  }

  close() {
    this.connection.close();
  }
}
