import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

/** npm as the running npm invoked it (npm_execpath), else from the PATH (a shell on Windows finds npm.cmd). */
function runNpm(args: string[], cwd: string): number {
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd, stdio: 'inherit' })
    : spawnSync('npm', args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

/** Builds the app, then starts it on `dataDir` as `npm start` would; resolves with the app's exit code. */
export function buildAndStart(repoRoot: string, dataDir: string): Promise<number> {
  const built = runNpm(['run', 'build'], repoRoot);
  if (built !== 0) return Promise.resolve(built);
  const app = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), '--data-dir', dataDir], { cwd: repoRoot, stdio: 'inherit' });
  // Ctrl+C reaches the app too; it closes its session and exits, and this process follows it.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
  return new Promise((resolve) => app.on('exit', (code) => resolve(code ?? 0)));
}
