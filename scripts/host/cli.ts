// The entry point of `npm run host` (package.json); the command is in hostCommand.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_USAGE, startHostCommand, UsageError } from './hostCommand';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

try {
  const running = await startHostCommand(process.argv.slice(2), appRoot);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void running.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${HOST_USAGE}`);
  else if (error instanceof Error) console.error(`[office-host] ${error.message}`);
  else console.error('[office-host]', error);
  process.exit(1);
}
