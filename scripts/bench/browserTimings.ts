import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { summarize, type Timing } from './measure';

const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

export interface BrowserTimings {
  rows: { operation: string; encrypted: Timing }[];
  /** Resident memory of the shell's process (the app's main process) after the runs, in MB. */
  shellRssMb: number;
}

/** Starts `node dist/electron/shell.cjs` on the office and resolves with its launch address. */
function startShell(repoRoot: string, dataDir: string): Promise<{ child: ChildProcess; launchUrl: string }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'electron', 'shell.cjs'), '--data-dir', dataDir, '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser shell did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/launch\?token=\S+)/.exec(output);
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

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Milliseconds from asking for `url` (a full page load, nothing cached) until `rendered` resolves. */
async function timeNavigation(page: Page, url: string, rendered: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await rendered();
  return performance.now() - started;
}

/**
 * What the officer waits for in the app itself: the browser shell on the same office, signed in as `username`,
 * Debian's Chromium driven by Playwright. The home page's dashboard counts as rendered once its "Overdue
 * contacts" section is on screen; the caseload once its table shows client rows.
 */
export async function browserTimings(repoRoot: string, dataDir: string, username: string, password: string, runs: number): Promise<BrowserTimings> {
  if (!existsSync(path.join(repoRoot, 'dist', 'electron', 'shell.cjs'))) throw new Error('Run `npm run build` first: the browser rows need dist/electron/shell.cjs.');
  const { child, launchUrl } = await startShell(repoRoot, dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const origin = new URL(launchUrl).origin;
    await page.goto(launchUrl);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const dashboard = () => page.getByRole('region', { name: 'Overdue contacts' }).waitFor({ timeout: 120_000 });
    const caseload = () => page.getByRole('table', { name: 'Clients' }).locator('tbody tr a').first().waitFor({ timeout: 120_000 });
    await dashboard();
    const samples = { dashboard: [] as number[], caseload: [] as number[] };
    for (let i = 0; i < runs + 1; i++) {
      const dashboardMs = await timeNavigation(page, `${origin}/`, dashboard);
      const caseloadMs = await timeNavigation(page, `${origin}/caseload`, caseload);
      // The first round loads the bundle into the browser's cache, as every later start of the app finds it.
      if (i === 0) continue;
      samples.dashboard.push(dashboardMs);
      samples.caseload.push(caseloadMs);
    }
    return {
      rows: [
        { operation: 'browser: open the home page to a rendered dashboard (officer)', encrypted: summarize(samples.dashboard) },
        { operation: 'browser: open the caseload to rendered rows (officer)', encrypted: summarize(samples.caseload) },
      ],
      shellRssMb: rssMb(child.pid!),
    };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}
