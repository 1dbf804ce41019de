import { createInterface } from 'node:readline';
import path from 'node:path';
import dayjs from 'dayjs';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import { createDispatcher } from '../../../electron/ipc/dispatch';
import { startHostServer, type HostServer } from '../../../electron/office/hostServer';
import { OfficeHost } from '../../../electron/office/officeHost';
import { enrolWorkstation } from '../../../electron/office/workstationEnrolment';
import { saveWorkstationEnrolment } from '../../../electron/office/workstationEnrolmentFiles';
import { createWorkstationKey } from '../../../electron/office/workstationKey';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { fullIntakeInput } from '../../fixtures/intakeInput';
import { ADMIN, OFFICE, OFFICER, OFFICER_PASSWORD, SUPERVISOR } from './people';

/**
 * The office host of the office-network e2e, as its own process (Playwright's loader cannot run the services):
 * `node --import tsx officeHostProcess.ts DATA_DIR WORKSTATION_DIR=NAME...` sets a fresh office up, serves it on
 * loopback, enrolls each workstation folder, prints one JSON line, then obeys "stop" and "start" on stdin (the host
 * stops answering and answers again, its sessions kept, as when its network goes and comes back) and "restart".
 */
const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, '..', '..', '..', 'db', 'migrations');
/** The lowest count the vault accepts: sign-ins stay quick on a busy machine. */
const KDF_ITERATIONS = 100_000;

/** Sets the office up as its first administrator would, with a supervisor and an officer who have chosen their passwords. */
async function setUpOffice(dataDir: string) {
  const sessions = new SessionManager({ dataDir, migrationsFolder: MIGRATIONS_FOLDER, kdfIterations: KDF_ITERATIONS });
  const dispatch = createDispatcher(sessions, { logError: (ref, channel, error) => console.error(ref, channel, error) });
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };
  try {
    await call('auth.setup', {
      office: { name: OFFICE.name, address: OFFICE.address, phone: OFFICE.phone, currency: 'USD', paperSize: 'letter', measurementSystem: 'us' },
      admin: { username: ADMIN.username, fullName: ADMIN.fullName, password: ADMIN.password },
    });
    const sue = await call('users.create', {
      fullName: SUPERVISOR.fullName,
      username: SUPERVISOR.username,
      role: 'supervisor',
      supervisorId: null,
      temporaryPassword: SUPERVISOR.temporaryPassword,
    });
    const olly = await call('users.create', {
      fullName: OFFICER.fullName,
      username: OFFICER.username,
      role: 'officer',
      supervisorId: sue.id,
      temporaryPassword: OFFICER.temporaryPassword,
    });
    for (const [user, password] of [
      [SUPERVISOR, SUPERVISOR.password],
      [OFFICER, OFFICER_PASSWORD],
    ] as const) {
      await call('auth.logout', {});
      await call('auth.login', { username: user.username, password: user.temporaryPassword });
      await call('auth.changePassword', { currentPassword: user.temporaryPassword, newPassword: password });
    }
    const client = await call('clients.intake', fullIntakeInput(olly.id));
    await call('courtReports.create', {
      clientId: client.id,
      reportType: 'progress',
      periodStart: dayjs().subtract(90, 'day').format('YYYY-MM-DD'),
      periodEnd: dayjs().format('YYYY-MM-DD'),
    });
  } finally {
    sessions.shutdown('set-up done');
  }
}

async function main() {
  const [dataDir, ...workstations] = process.argv.slice(2);
  await setUpOffice(dataDir);
  let host = await OfficeHost.start({ dataDir, migrationsFolder: MIGRATIONS_FOLDER, kdfIterations: KDF_ITERATIONS });
  let server: HostServer | null = await startHostServer(host, { host: '127.0.0.1', port: 0 });
  const address = server.address;
  for (const workstation of workstations) {
    const [dir, name] = workstation.split('=');
    const key = await createWorkstationKey();
    const code = (await host.createCodeAtConsole(ADMIN.username, ADMIN.password, name)).code;
    const enrolled = await enrolWorkstation({ hostAddress: address, hostFingerprint: host.identity.fingerprint, code, key });
    saveWorkstationEnrolment(dir, {
      settings: { hostAddress: address, hostFingerprint: enrolled.hostFingerprint, workstationName: name, enrolledAt: new Date().toISOString() },
      identity: { keyPem: key.keyPem, certificatePem: enrolled.certificatePem },
      hostCertificatePem: enrolled.hostCertificatePem,
    });
  }
  console.log(JSON.stringify({ address }));
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'stop') {
      await server?.close();
      server = null;
      console.log('stopped');
    } else if (line === 'start') {
      server = await startHostServer(host, { host: '127.0.0.1', port: Number(new URL(address).port) });
      console.log('started');
    } else if (line === 'restart') {
      // As after a crash or a service restart: a new host on the same office and address, sealed, knowing no sessions.
      await server?.close();
      host.close();
      host = await OfficeHost.start({ dataDir, migrationsFolder: MIGRATIONS_FOLDER, kdfIterations: KDF_ITERATIONS });
      server = await startHostServer(host, { host: '127.0.0.1', port: Number(new URL(address).port) });
      console.log('restarted');
    }
  }
  await server?.close();
  host.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
