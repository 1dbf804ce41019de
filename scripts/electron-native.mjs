// Locating the Electron runtime and a better-sqlite3 build for its ABI; used by `npm start` and the e2e suite.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

/**
 * The Electron executable, or null when the runtime was not downloaded (offline install). Read from the
 * package's path.txt rather than require('electron'), which would try the download again.
 */
export function electronBinary() {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const binary = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export function electronVersion() {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/**
 * better-sqlite3 in node_modules is built for Node (tests and the browser shell use it). Electron needs a
 * build for its own ABI: it is made once in a copy under .cache/, with the prebuilt binary when one can be
 * fetched, else compiled against Electron's headers. Returns the .node path, or null if neither worked.
 */
export function electronNativeBinding(version = electronVersion()) {
  const dir = path.join(root, '.cache', 'electron-native', version, 'better-sqlite3');
  const binding = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  console.log(`[probation-desk] Building the database module for Electron ${version} (once)…`);
  cpSync(path.join(root, 'node_modules', 'better-sqlite3'), dir, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
  });
  const bin = path.join(root, 'node_modules', '.bin');
  const attempts = [
    [path.join(bin, 'prebuild-install'), ['--runtime', 'electron', '--target', version]],
    [path.join(bin, 'node-gyp'), ['rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers']],
  ];
  for (const [command, args] of attempts) {
    const result = spawnSync(command, args, { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status === 0 && existsSync(binding)) return binding;
  }
  return null;
}
