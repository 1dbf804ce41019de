import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

/**
 * Opens the app in its own window, with a throw-away profile (so the session cookie does not outlive it)
 * and Chromium's background services off: on a closed network they only try to reach outside hosts.
 */
export function openAppWindow(browser: string, url: string): ChildProcess {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'probation-desk-browser-'));
  const args = [
    `--app=${url}`,
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
