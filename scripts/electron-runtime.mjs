// Electron's own install script is not allowed to run (see "allowScripts" in package.json) because it
// downloads the runtime, which fails on an offline machine and would fail `npm ci` with it. This tries the
// same download and, when it cannot, says so and lets the install finish: the browser shell still works.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const dir = electronDir();
if (!dir) {
  console.log('[probation-desk] Electron package not installed (production install); nothing to fetch.');
} else if (existsSync(path.join(dir, 'path.txt'))) {
  console.log('[probation-desk] Electron runtime already present.');
} else if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('[probation-desk] ELECTRON_SKIP_BINARY_DOWNLOAD is set: not fetching the Electron runtime.');
} else {
  const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
    cwd: dir,
    stdio: 'inherit',
    timeout: 120_000,
  });
  if (result.status === 0 && existsSync(path.join(dir, 'path.txt'))) {
    console.log('[probation-desk] Electron runtime installed: `npm start` opens the desktop app.');
  } else {
    console.log(
      '[probation-desk] The Electron runtime could not be downloaded (offline?). Carrying on: `npm start` will ' +
        'use the browser shell. See README "Offline machines" to install Electron from a local cache.',
    );
  }
}
