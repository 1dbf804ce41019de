// `npm test`: every check CI runs, one stage after another, stopping at the first that fails, then a table of
// how long each stage took (also written to test-results/stage-times.tsv, which .ci/run prints with its own).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const STAGES = [
  ['typecheck', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['format', 'npm run format:check'],
  ['circles', 'npm run check:circles'],
  ['unit', 'npm run test:unit'],
  ['build', 'npm run build && npm run check:bundle'],
  ['e2e', 'npm run test:e2e'],
];

const times = [];
let failed = null;
for (const [name, command] of STAGES) {
  const start = Date.now();
  const run = spawnSync(command, { stdio: 'inherit', shell: true });
  times.push([name, Math.round((Date.now() - start) / 1000)]);
  if (run.status !== 0) {
    failed = name;
    break;
  }
}

const rows = times.map(([name, seconds]) => `${name}\t${seconds}`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/stage-times.tsv', `${rows.join('\n')}\n`);
console.log('\nnpm test stage times (seconds):');
for (const [name, seconds] of times) console.log(`  ${name.padEnd(10)} ${String(seconds).padStart(5)}`);
if (failed) {
  console.error(`npm test: the ${failed} stage failed.`);
  process.exit(1);
}
