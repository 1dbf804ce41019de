import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'],
  win32: [
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
};

/** A Chromium-family browser to show the app in: PROBATION_DESK_BROWSER, else the usual install paths. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.PROBATION_DESK_BROWSER) return existsSync(env.PROBATION_DESK_BROWSER) ? env.PROBATION_DESK_BROWSER : null;
  return (CANDIDATES[process.platform] ?? []).find((candidate) => existsSync(candidate)) ?? null;
}

/** Where the browser is to go, and the one-time token it exchanges there for its session. */
export interface Launch {
  origin: string;
  token: string;
}

/**
 * A page that posts the token to the shell as soon as it opens. It lives in the browser's private profile
 * folder (0700) with mode 0600, so only this user can read it, unlike a command line, which every local
 * account sees in the process list.
 */
export function writeLaunchPage(dir: string, launch: Launch): string {
  const file = path.join(dir, 'launch.html');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Probation Desk</title></head>
<body><form id="launch" method="post" action="${launch.origin}/launch"><input type="hidden" name="token" value="${launch.token}"><noscript><button>Open Probation Desk</button></noscript></form>
<script>document.getElementById('launch').submit();</script></body></html>
`;
  writeFileSync(file, html, { mode: 0o600 });
  return file;
}

/**
 * Opens the app in its own window, with a throw-away profile (so the session cookie does not outlive it)
 * and Chromium's background services off: on a closed network they only try to reach outside hosts.
 * The command line names only the local launch page; the token is inside it.
 */
export function openAppWindow(browser: string, launch: Launch): ChildProcess {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'probation-desk-browser-'));
  const page = writeLaunchPage(profile, launch);
  const args = [
    `--app=${pathToFileURL(page).href}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
    '--window-size=1280,860',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('exit', () => rmSync(profile, { recursive: true, force: true }));
  return child;
}
