// `npm test`: every check CI runs, one stage after another, stopping at the first that fails, then a table of
// how long each stage took (also written to test-results/stage-times.tsv, which .ci/run prints with its own).
// The four static checks are one stage run side by side: each is mostly one thread, and CI has two cores and a
// time budget. Their output is held and printed whole as each finishes, so it stays readable.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const STATIC_CHECKS = [
  ['typecheck', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['format', 'npm run format:check'],
  ['circles', 'npm run check:circles'],
];
const STAGES = [
  ['unit', 'npm run test:unit'],
  ['build', 'npm run build && npm run check:bundle'],
  ['e2e', 'npm run test:e2e'],
];

const times = [];
const seconds = (start) => Math.round((Date.now() - start) / 1000);

function runHeld([name, command]) {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      process.stdout.write(`\n── ${name} (${status === 0 ? 'passed' : 'FAILED'}) ──\n${Buffer.concat(output).toString()}`);
      times.push([name, seconds(start)]);
      resolve(status === 0 ? null : name);
    });
  });
}

async function run() {
  const failedChecks = (await Promise.all(STATIC_CHECKS.map(runHeld))).filter(Boolean);
  if (failedChecks.length) return failedChecks.join(', ');
  for (const [name, command] of STAGES) {
    const start = Date.now();
    const result = spawnSync(command, { stdio: 'inherit', shell: true });
    times.push([name, seconds(start)]);
    if (result.status !== 0) return name;
  }
  return null;
}

const failed = await run();
const rows = times.map(([name, taken]) => `${name}\t${taken}`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/stage-times.tsv', `${rows.join('\n')}\n`);
console.log('\nnpm test stage times (seconds; the first four ran side by side):');
for (const [name, taken] of times) console.log(`  ${name.padEnd(10)} ${String(taken).padStart(5)}`);
if (failed) {
  console.error(`npm test: the ${failed} stage failed.`);
  process.exit(1);
}
