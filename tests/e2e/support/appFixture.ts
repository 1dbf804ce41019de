import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base, expect, type Page } from '@playwright/test';
import { electronBinary, electronNativeBinding, root } from '../../../scripts/electron-native.mjs';

export type HostKind = 'browser-shell' | 'electron';

export interface AppOptions {
  host: HostKind;
  /** Shortens the idle lock for tests that wait for it; undefined keeps the office setting. */
  idleLockSeconds: number | undefined;
}

interface AppFixtures {
  dataDir: string;
  /** Every request the page made outside the app's own origin; the test fails if any. */
  externalRequests: string[];
}

export function hostEnv(idleLockSeconds: number | undefined): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.PROBATION_DESK_DATA_DIR;
  if (idleLockSeconds) env.PROBATION_DESK_IDLE_LOCK_SECONDS = String(idleLockSeconds);
  return env;
}

/** Starts the browser shell on a fresh data dir and resolves with its launch URL. */
export function startShell(dataDir: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; launchUrl: string }> {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'electron', 'shell.cjs'), '--data-dir', dataDir, '--no-open'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser shell did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Open (http:\/\/127\.0\.0\.1:\d+\/launch\?token=\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ child, launchUrl: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`The browser shell exited (${code}):\n${output}`)));
  });
}

export function stopShell(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function isOwn(url: string, origin: string) {
  return url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:');
}

/**
 * `page` is the running app, in whichever host the project names: the browser shell in Debian's Chromium,
 * or Electron (skipped where its runtime is not installed). Each test gets a new, empty office.
 */
export const test = base.extend<AppFixtures & AppOptions>({
  host: ['browser-shell', { option: true }],
  idleLockSeconds: [undefined, { option: true }],
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'probation-desk-e2e-'));
    await use(dir);
    // The office's audit checkpoints are kept beside it (defaultCheckpointFolder; its module chain does not load under Playwright).
    for (const folder of [dir, `${dir}-audit-checkpoints`]) rmSync(folder, { recursive: true, force: true });
  },
  externalRequests: async ({}, use) => {
    const requests: string[] = [];
    await use(requests);
    expect(requests, 'the app must make no request outside its own origin').toEqual([]);
  },
  page: async ({ host, idleLockSeconds, dataDir, externalRequests, page }, use) => {
    const env = hostEnv(idleLockSeconds);
    if (host === 'electron') {
      const binary = electronBinary();
      test.skip(!binary, 'The Electron runtime is not installed on this machine (offline install); the browser-shell project covers these specs.');
      const binding = electronNativeBinding();
      test.skip(!binding, 'better-sqlite3 could not be built for Electron here.');
      const app = await _electron.launch({ executablePath: binary!, args: [root, '--data-dir', dataDir], env: { ...env, PROBATION_DESK_NATIVE_BINDING: binding! } });
      const window = await app.firstWindow();
      window.on('request', (request) => {
        if (!isOwn(request.url(), 'app://desk')) externalRequests.push(request.url());
      });
      await use(window);
      await app.close();
      return;
    }
    const { child, launchUrl } = await startShell(dataDir, env);
    const origin = new URL(launchUrl).origin;
    page.context().on('request', (request) => {
      if (!isOwn(request.url(), origin)) externalRequests.push(request.url());
    });
    await page.goto(launchUrl);
    // Text is measured in the bundled font, never in a fallback that happens to be installed.
    await page.evaluate(() => document.fonts.ready);
    await use(page);
    await page.close();
    await stopShell(child);
  },
});

export { expect };
export type { Page };
