// `npm run screenshots`: retakes docs/screenshots/*.png in a fresh demo office, in the browser shell at 1280×800.
// Add `-- --office DIR` to take them in a copy of an existing demo office instead of making one (minutes saved).
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { today } from '../../electron/api/shared/fieldSchemas';
import { defaultCheckpointFolder } from '../../electron/services/audit/auditCheckpoints';
import { hostEnv, startShell, stopShell } from '../../tests/e2e/support/appFixture';
import { parseSeedCommand } from '../seed/cliOptions';
import { DEMO_PASSWORD, type StaffMember } from '../seed/demoOffice';
import { seedOffice, seededStaff } from '../seed/seedOffice';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const VIEWPORT = { width: 1280, height: 800 };

const { values } = parseArgs({ options: { office: { type: 'string' } } });

/** The office the shots are taken in: a copy of --office (its audit checkpoints too), or a new demo office. */
async function demoOffice(folder: string) {
  if (values.office) {
    cpSync(values.office, folder, { recursive: true });
    if (existsSync(defaultCheckpointFolder(values.office))) cpSync(defaultCheckpointFolder(values.office), defaultCheckpointFolder(folder), { recursive: true });
    return;
  }
  const demo = parseSeedCommand(['--demo'], today());
  console.log(`Creating a demo office with ${demo.clients} clients in ${folder}…`);
  await seedOffice({ dataDir: folder, clients: demo.clients, password: DEMO_PASSWORD, today: demo.today });
}

/** Signs in and waits for the member's own Home (the heading names them); says how long the key derivation and first page took. */
async function signIn(page: Page, member: StaffMember) {
  const started = performance.now();
  await page.getByLabel('Username').fill(member.username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: `Welcome, ${member.fullName}` }).waitFor();
  console.log(`Signed in as ${member.username} (${member.role}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: /^Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

async function openPage(page: Page, link: string, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Waits until nothing is loading (no busy region, no loader), then saves the window as it is. */
async function shoot(page: Page, name: string) {
  await page.locator('[aria-busy="true"], .mantine-Loader-root').first().waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(OUT, name) });
  console.log(`  docs/screenshots/${name}`);
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'probation-desk-screenshots-'));
const folder = path.join(temp, 'office');
try {
  await demoOffice(folder);
  const staff = seededStaff();
  const role = (r: StaffMember['role']) => staff.find((member) => member.role === r)!;
  const { child, launchUrl } = await startShell(folder, hostEnv(undefined));
  const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
    page.setDefaultTimeout(60_000);
    mkdirSync(OUT, { recursive: true });
    await page.goto(launchUrl);
    await page.evaluate(() => document.fonts.ready);

    await signIn(page, role('supervisor'));
    await shoot(page, 'home-supervisor.png');
    await signOut(page);

    // An officer's own week and one of their clients: their calendar is full, their clients have records.
    const officer = role('officer');
    await signIn(page, officer);
    await openPage(page, 'Schedule', 'Schedule');
    await page.getByRole('button', { name: 'Week' }).click();
    await page.locator('.schedule-calendar .rbc-event').first().waitFor();
    // The calendar's own toolbar just under the app's header, so the window shows as many hours as it can.
    await page.locator('.schedule-calendar .rbc-toolbar').evaluate((toolbar) => window.scrollBy(0, toolbar.getBoundingClientRect().top - 72));
    await shoot(page, 'calendar-week.png');
    await openPage(page, 'Caseload', 'Caseload');
    await page.getByRole('table', { name: 'Clients' }).getByRole('row').nth(1).getByRole('link').first().click();
    await page.getByRole('group', { name: 'Supervision summary' }).waitFor();
    await shoot(page, 'client-profile.png');
    await signOut(page);

    await signIn(page, role('admin'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('table').first().waitFor();
    await shoot(page, 'audit-log.png');
  } finally {
    await browser.close();
    await stopShell(child);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
  rmSync(defaultCheckpointFolder(folder), { recursive: true, force: true });
}
