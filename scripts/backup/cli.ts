// The entry point of `npm run backup / restore / export` (package.json); the commands are in commands.ts.
import { runCommand } from './commands';

process.exitCode = await runCommand(process.argv.slice(2));
