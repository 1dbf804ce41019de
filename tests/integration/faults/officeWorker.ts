/**
 * A second process for the fault-injection suite (run with tsx): holds an office open, writes to it until it
 * is killed, or writes key slots. Prints one line per acknowledged step so the parent knows what was committed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Vault } from '../../../db/vault';
import { normalizeUsername } from '../../../db/vaultFormat';
import { createAppHost } from '../../../electron/host/appHost';
import { DataFolderInUseError } from '../../../electron/host/dataFolderLock';
import { fullIntakeInput } from '../../fixtures/intakeInput';

const APP_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const [mode, dataDir, arg, officerId] = process.argv.slice(2);

async function call(host: ReturnType<typeof createAppHost>, channel: string, input: unknown) {
  const result = await host.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

async function main() {
  if (mode === 'slots') {
    // Bypasses the data-folder lock on purpose: the vault's own lock must still keep every slot.
    const vault = new Vault(path.join(dataDir, 'vault.json'), 100_000);
    const key = Buffer.alloc(32, 1);
    for (let i = 0; i < 6; i += 1) vault.commitSlot(await vault.makeSlot({ kind: 'user', username: normalizeUsername(`${arg}${i}`), secret: 'x' }, key, new Date()));
    return;
  }
  const host = createAppHost({ dataDir, appRoot: APP_ROOT, program: `fault worker ${mode}` });
  // The pid of this process itself (tsx runs it in a child of its own), for the parent to kill -9.
  console.log(`ready ${process.pid}`);
  if (mode === 'hold') {
    setInterval(() => undefined, 1000);
    return;
  }
  // mode 'write': sign in (arg = admin password) and take in clients for officerId until killed.
  await call(host, 'auth.login', { username: 'admin', password: arg });
  for (let i = 0; ; i += 1) {
    const client = await call(host, 'clients.intake', fullIntakeInput(Number(officerId), { lastName: `Faulted${i}`, firstName: 'Kill' }));
    console.log(`ack ${client.id as number}`);
  }
}

main().catch((error) => {
  console.error(error instanceof DataFolderInUseError ? error.message : error);
  process.exit(1);
});
