import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE, VAULT_FILE } from '../../electron/services/auth/sessionManager';
import { parseListen, startHostServer } from '../../electron/office/hostServer';
import { OfficeHost } from '../../electron/office/officeHost';
import { askSecret } from '../backup/prompt';

export const HOST_USAGE = `Usage:
  npm run host -- --data-dir DIR --listen ADDRESS:PORT [--user NAME --enrollment-code "WORKSTATION NAME" ...]

  --data-dir DIR           the office's data folder (set up first with the app: npm start -- --data-dir DIR)
  --listen ADDRESS:PORT    where workstations reach the host, e.g. 0.0.0.0:8443 or 192.168.10.5:8443
  --user NAME              an administrator, to make enrollment codes at this console; the password is asked
                           for on the terminal or read from PROBATION_DESK_PASSWORD
  --enrollment-code NAME   makes a one-time code (valid 30 minutes) for the workstation NAME; repeat for more`;

export class UsageError extends Error {}

export interface RunningHost {
  address: string;
  fingerprint: string;
  stop(): Promise<void>;
}

const OPTIONS = {
  'data-dir': { type: 'string' },
  listen: { type: 'string' },
  user: { type: 'string' },
  'enrollment-code': { type: 'string', multiple: true },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * `npm run host`: opens an office that is already set up as its office host, makes the enrollment codes asked
 * for at this console (which signs the administrator in, so the host starts unsealed), and serves.
 */
export async function startHostCommand(argv: string[], appRoot: string): Promise<RunningHost> {
  const values = parse(argv);
  if (!values['data-dir']) throw new UsageError('Give the office data folder with --data-dir DIR.');
  if (!values.listen) throw new UsageError('Give the address and port to listen on with --listen ADDRESS:PORT.');
  const listen = parseListen(values.listen);
  const codes = values['enrollment-code'] ?? [];
  if (codes.length > 0 && !values.user) throw new UsageError('Making enrollment codes needs an administrator: add --user NAME.');
  const dataDir = path.resolve(values['data-dir']);
  if (!existsSync(path.join(dataDir, VAULT_FILE)) || !existsSync(path.join(dataDir, DATABASE_FILE))) {
    throw new UsageError(`${dataDir} holds no office. Set the office up first with the app (npm start -- --data-dir ${dataDir}), then start the host on it.`);
  }
  const host = await OfficeHost.start({
    dataDir,
    migrationsFolder: path.join(appRoot, 'db', 'migrations'),
    logError: (ref, channel, error) => console.error(`[office-host] ${ref} ${channel}:`, error),
  });
  try {
    if (codes.length > 0) {
      const password = process.env.PROBATION_DESK_PASSWORD ?? (await askSecret(`Password for ${values.user}: `));
      for (const name of codes) {
        const made = await host.createCodeAtConsole(values.user!, password, name);
        console.log(`Enrollment code for ${made.workstationName}: ${made.code} (single use, valid until ${made.expiresAt})`);
      }
    }
    const server = await startHostServer(host, listen);
    console.log(`Office host for ${dataDir} listening on ${server.address} (TLS 1.3, workstation certificates required).`);
    console.log(`Host fingerprint (compare it on each workstation at enrollment): ${host.identity.fingerprint}`);
    console.log(host.seal.sealed ? 'The host is sealed: the first sign-in from a workstation unseals it.' : 'The host is unsealed.');
    return {
      address: server.address,
      fingerprint: host.identity.fingerprint,
      stop: async () => {
        await server.close();
        host.close();
      },
    };
  } catch (error) {
    host.close();
    throw error;
  }
}
