import path from 'node:path';
import { chooseHost } from '../host/chooseHost';
import { dataDirOverride, defaultDataDir } from '../host/dataDir';
import { findBrowser, openAppWindow } from './browser';
import { startShellServer } from './server';

/** Entry of the browser shell: `node dist/electron/shell.cjs [--data-dir DIR] [--no-open]`. */
async function main() {
  const argv = process.argv.slice(2);
  const dataDir = dataDirOverride(argv, process.env) ?? defaultDataDir();
  // Bundled to dist/electron/shell.cjs: the app root (db/migrations, dist/renderer) is two levels up.
  const appRoot = path.resolve(__dirname, '..', '..');
  const { host, enrolment } = chooseHost({ dataDir, appRoot });
  const server = await startShellServer(host);
  console.log(
    enrolment
      ? `[probation-desk] Browser shell in office mode: workstation "${enrolment.settings.workstationName}" of the office host at ${enrolment.settings.hostAddress}`
      : `[probation-desk] Browser shell: data in ${dataDir}`,
  );

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    host.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  const browser = argv.includes('--no-open') ? null : findBrowser();
  if (browser) {
    console.log(`[probation-desk] Opening it in ${browser} (app window). Closing the window stops Probation Desk.`);
    openAppWindow(browser, { origin: server.origin, token: server.issueLaunchToken() }).on('exit', () => void shutdown());
    return;
  }
  // Printed to this user's own terminal only; the address works once, within a few minutes.
  console.log(`[probation-desk] Open ${server.launchUrl()}`);
  if (!argv.includes('--no-open')) {
    console.log('[probation-desk] No Chromium-family browser found: open the address above in Chrome, Chromium or Edge on this computer (it works once).');
  }
}

main().catch((error) => {
  console.error('[probation-desk] The browser shell could not start:', error);
  process.exit(1);
});
