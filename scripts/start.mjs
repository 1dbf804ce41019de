// `npm start`: the desktop app in Electron when its runtime is installed, else the browser shell.
// Says which it chose. Arguments after `--` (e.g. --data-dir DIR) are passed on.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { electronBinary, electronNativeBinding, electronVersion, root } from './electron-native.mjs';

const args = process.argv.slice(2);
const shell = path.join(root, 'dist', 'electron', 'shell.cjs');

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const electron = electronBinary();
const binding = electron ? electronNativeBinding() : null;
if (electron && binding) {
  console.log(`[probation-desk] Starting the desktop app (Electron ${electronVersion()}).`);
  run(electron, [root, ...args], { ...process.env, PROBATION_DESK_NATIVE_BINDING: binding });
} else {
  console.log(
    electron
      ? '[probation-desk] Electron is installed but its database module could not be built: starting the browser shell instead.'
      : '[probation-desk] The Electron runtime is not installed here: starting the browser shell (the same app, served on 127.0.0.1 only).',
  );
  run(process.execPath, [shell, ...args]);
}
