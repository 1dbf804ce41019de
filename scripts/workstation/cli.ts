// The entry point of `npm run enroll` (package.json); the command is in enrollCommand.ts.
import { runEnroll } from './enrollCommand';

try {
  console.log(await runEnroll(process.argv.slice(2)));
} catch (error) {
  console.error(`[enroll] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
