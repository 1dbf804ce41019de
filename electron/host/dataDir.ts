import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Probation Desk';

/** `--data-dir <dir>` or `--data-dir=<dir>` on the command line, else PROBATION_DESK_DATA_DIR. */
export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const index = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (index >= 0) {
    const arg = argv[index];
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    if (value) return path.resolve(value);
  }
  return env.PROBATION_DESK_DATA_DIR ? path.resolve(env.PROBATION_DESK_DATA_DIR) : undefined;
}

/** The same folder Electron's app.getPath('userData') gives, so both hosts open the same office. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), PRODUCT_NAME);
}
