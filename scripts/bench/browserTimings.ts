import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { startShell } from '../../tests/e2e/support/appFixture';
import { summarize, type Timing } from './measure';

const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

export interface BrowserTimings {
  rows: { operation: string; encrypted: Timing }[];
  /** Resident memory of the shell's process (the app's main process) after the runs, in MB. */
  shellRssMb: number;
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
  // The e2e tests' own start-up of the shell, on the office instead of an empty folder.
  const { child, launchUrl } = await startShell(dataDir, process.env);
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
