import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { root } from '../../scripts/electron-native.mjs';

/**
 * Stands in for Chromium when the shell opens its window: records the command line it was given (what any
 * local account can read in the process list) and stays up until the test ends it.
 */
const FAKE_BROWSER = `#!/bin/sh
printf '%s\\n' "$@" > "$0.argv"
echo $$ > "$0.pid"
exec sleep 300
`;

interface Launched {
  shell: ChildProcess;
  argv: string[];
  browserPid: number;
  output: () => string;
}

async function startShellWithBrowser(dir: string): Promise<Launched> {
  const browser = path.join(dir, 'fake-browser.sh');
  writeFileSync(browser, FAKE_BROWSER);
  chmodSync(browser, 0o700);
  const env: NodeJS.ProcessEnv = { ...process.env, PROBATION_DESK_BROWSER: browser };
  delete env.PROBATION_DESK_DATA_DIR;
  const shell = spawn(process.execPath, [path.join(root, 'dist', 'electron', 'shell.cjs'), '--data-dir', path.join(dir, 'data')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  shell.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  shell.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => existsSync(`${browser}.pid`) && readFileSync(`${browser}.pid`, 'utf8').trim() !== '', { timeout: 20_000 }).toBe(true);
  return {
    shell,
    argv: readFileSync(`${browser}.argv`, 'utf8').trim().split('\n'),
    browserPid: Number(readFileSync(`${browser}.pid`, 'utf8')),
    output: () => output,
  };
}

test.describe('launching the browser shell', () => {
  test.skip(() => test.info().project.name !== 'browser-shell', 'The Electron host has no launch token.');

  let dir = '';
  let launched: Launched | null = null;
  test.beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'probation-desk-launch-'));
  });
  test.afterEach(async () => {
    if (launched && launched.shell.exitCode === null) {
      const exited = new Promise((resolve) => launched!.shell.once('exit', resolve));
      // Closing the browser window stops the shell.
      process.kill(launched.browserPid, 'SIGTERM');
      await exited;
    }
    launched = null;
    rmSync(dir, { recursive: true, force: true });
  });

  test('the token never appears on a command line, opens one session once, and is not the session cookie', async ({ browser }) => {
    launched = await startShellWithBrowser(dir);
    const appArg = launched.argv.find((arg) => arg.startsWith('--app='));
    expect(appArg).toMatch(/^--app=file:\/\/.*launch\.html$/);
    const launchPage = fileURLToPath(appArg!.slice('--app='.length));
    const token = readFileSync(launchPage, 'utf8').match(/name="token" value="([^"]+)"/)?.[1];
    expect(token).toBeTruthy();
    expect(statSync(launchPage).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(launchPage)).mode & 0o777).toBe(0o700);
    expect(launched.argv.join(' ')).not.toContain(token);
    expect(launched.output()).not.toContain(token);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(launchPage).href);
    await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await expect(page.getByRole('heading', { name: 'Set up Probation Desk' })).toBeVisible();
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'pd_session', httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.value).not.toBe(token);
    expect(cookie.value).toMatch(/^[\w-]{43}$/);
    await context.close();

    // Another account that copied the launch page (or the token) later gets nothing.
    const other = await browser.newContext();
    const replay = await other.newPage();
    await replay.goto(pathToFileURL(launchPage).href);
    await expect(replay.getByText('This launch address has already been used or has expired.')).toBeVisible();
    expect(await other.cookies()).toEqual([]);
    await other.close();
  });
});
