import type { Browser, Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { expect, isOwn, test } from './support/appFixture';
import { openNavPage } from './support/caseRecordFlows';
import { choose, openMainPage, signIn } from './support/flows';
import { startOfficeNetwork, type OfficeNetwork } from './support/officeNetwork';
import { OFFICER, OFFICER_PASSWORD, SUPERVISOR } from './support/people';

const BANNER = 'The office host cannot be reached — reconnecting…';
const NARRATIVE = 'Reported as directed; new job at the warehouse starts Monday.';
const OUTAGE_NARRATIVE = 'Typed while the office host was away: curfew kept all week.';
const LOCKED_NARRATIVE = 'Typed before the lock: looking for a second job, asked about evening hours.';

let office: OfficeNetwork;
test.beforeEach(({ host }) => {
  test.skip(host === 'electron', "Electron's main process does not forward to a host yet; the browser-shell workstations cover office mode.");
});
test.afterEach(async () => {
  await office?.close();
});

/** A workstation's app window: its own browser context (its own cookie), opened at its shell's launch address. */
async function openWorkstation(browser: Browser, launchUrl: string, externalRequests: string[]): Promise<Page> {
  const context = await browser.newContext();
  const origin = new URL(launchUrl).origin;
  context.on('request', (request) => {
    if (!isOwn(request.url(), origin)) externalRequests.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(launchUrl);
  return page;
}

/** Opens the progress report from one of the Court reports page's lists. */
async function openReport(page: Page, list: string) {
  await openNavPage(page, 'Court reports');
  await page.getByRole('table', { name: list }).getByRole('link', { name: 'Progress report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Progress report: Jordan .*Whitaker/ })).toBeVisible();
}

async function openNewContact(page: Page) {
  await openMainPage(page, 'Caseload', 'Caseload');
  await page.getByRole('button', { name: 'New contact with Whitaker, Jordan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await choose(page, dialog, 'Contact type', 'Office visit');
  await choose(page, dialog, 'Outcome', 'Attended – complied');
  return dialog;
}

test('two workstations on one office host: a note and a report reach the supervisor, the approval reaches the officer, and an outage keeps what was typed', async ({
  browser,
  externalRequests,
}) => {
  test.setTimeout(150_000);
  office = await startOfficeNetwork(['Desk A', 'Desk B']);
  const deskA = await openWorkstation(browser, office.launchUrls[0], externalRequests);
  const deskB = await openWorkstation(browser, office.launchUrls[1], externalRequests);
  await signIn(deskA, OFFICER.username, OFFICER_PASSWORD);
  await signIn(deskB, SUPERVISOR.username, SUPERVISOR.password);

  // The supervisor keeps the review queue open on workstation B; nothing waits yet.
  await openNavPage(deskB, 'Review queue');
  const notesAwaiting = deskB.getByRole('table', { name: 'Notes awaiting review' }).getByRole('row', { name: /Office visit/ });
  await expect(notesAwaiting).toHaveCount(0);

  // On workstation A the officer writes and signs a note, and submits the report.
  let dialog = await openNewContact(deskA);
  await dialog.getByLabel('Narrative').fill(NARRATIVE);
  await dialog.getByLabel('Sign now').check();
  await dialog.getByRole('button', { name: 'Save and sign' }).click();
  await expect(dialog).toBeHidden();
  await openReport(deskA, 'My reports');
  await deskA.getByRole('textbox', { name: 'Recommendation' }).fill('Continue supervision at the current level.');
  await deskA.getByRole('button', { name: 'Submit for review' }).click();
  await expect(deskA.getByText('Submitted for review', { exact: true })).toBeVisible();

  // Workstation B shows both without being reloaded.
  await expect(notesAwaiting).toContainText(OFFICER.fullName);
  await expect(deskB.getByRole('table', { name: 'Court reports awaiting review' })).toContainText('Whitaker');
  await expectAccessible(deskB, 'review queue refreshed by another workstation');
  await openReport(deskB, 'Awaiting my review');
  await deskB.getByRole('button', { name: 'Approve' }).click();
  await expect(deskB.getByText('Approved', { exact: true })).toBeVisible();

  // Workstation A, still on the report, sees the approval without being reloaded.
  await expect(deskA.getByRole('alert').filter({ hasText: `Approved by ${SUPERVISOR.fullName}` })).toBeVisible();

  // The host goes away while the officer is typing: every screen says so, and the form keeps its text.
  dialog = await openNewContact(deskA);
  await dialog.getByLabel('Narrative').fill(OUTAGE_NARRATIVE);
  await office.stopHost();
  const banner = deskA.getByRole('alert').filter({ hasText: BANNER });
  await expect(banner).toBeVisible();
  await expect(deskB.getByRole('alert').filter({ hasText: BANNER })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save draft' }).click();
  await expect(dialog.getByText(/cannot be reached/)).toBeVisible();
  await expect(dialog.getByLabel('Narrative')).toHaveValue(OUTAGE_NARRATIVE);
  await expectAccessible(deskA, 'new contact dialog while the office host is unreachable');

  // The host is back: the banner goes by itself and the same form saves.
  await office.startHost();
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await dialog.getByRole('button', { name: 'Save draft' }).click();
  await expect(dialog).toBeHidden();
  await deskA.context().close();
  await deskB.context().close();
});

test('a lock and a host restart keep the page and what was typed: the same officer unlocks and saves; signing out drops it', async ({ browser, externalRequests }) => {
  test.setTimeout(120_000);
  office = await startOfficeNetwork(['Desk A']);
  const page = await openWorkstation(browser, office.launchUrls[0], externalRequests);
  await signIn(page, OFFICER.username, OFFICER_PASSWORD);
  const dialog = await openNewContact(page);
  const narrative = dialog.getByLabel('Narrative');
  await narrative.fill(LOCKED_NARRATIVE);
  // The page under the lock screen is out of the accessibility tree, so the one main landmark is the lock screen's.
  const lockMain = page.getByRole('main');
  const lockScreen = lockMain.getByRole('heading', { name: 'Session locked' });
  const password = lockMain.getByLabel('Password', { exact: true });

  // Ctrl+L while typing: the lock screen covers the page, nothing of which can be seen or read.
  await narrative.press('Control+L');
  await expect(lockScreen).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(narrative).toBeHidden();
  await expectAccessible(page, 'lock screen over the hidden new contact dialog');
  // The hidden dialog's own keys do not reach under the lock: Escape does not close it, Tab stays on the lock screen.
  await password.press('Escape');
  await password.press('Tab');
  await expect(lockMain.locator(':focus')).toHaveCount(1);
  await password.fill(OFFICER_PASSWORD);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(narrative).toHaveValue(LOCKED_NARRATIVE);

  // The office host restarts and knows no session: the lock screen shows for the same officer, with why.
  await office.restartHost();
  // The workstation finds out at its next call: the status poll (every 15 s), the events stream or a save, whichever comes first.
  await expect(lockScreen).toBeVisible({ timeout: 20_000 });
  await expect(lockMain.getByText('The office host restarted. Enter your password to continue.')).toBeVisible();
  await expect(lockMain).toContainText(`${OFFICER.fullName} (${OFFICER.username}) is signed in`);
  await expect(narrative).toBeHidden();
  await expectAccessible(page, 'lock screen after the office host restarted');

  // The host still checks the password; the right one brings back the form as it was, and it saves.
  await password.fill('Not-the-password-1');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(lockMain.getByText('The password is not correct.')).toBeVisible();
  await password.fill(OFFICER_PASSWORD);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(narrative).toHaveValue(LOCKED_NARRATIVE);
  await dialog.getByRole('button', { name: 'Save draft' }).click();
  await expect(dialog).toBeHidden();

  // Signing out at the lock screen drops the page: whoever signs in next starts at home, with no dialog open.
  await openNewContact(page);
  await narrative.fill(LOCKED_NARRATIVE);
  await narrative.press('Control+L');
  await lockMain.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, OFFICER.username, OFFICER_PASSWORD);
  await expect(page.getByRole('heading', { name: `Welcome, ${OFFICER.fullName}` })).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await page.context().close();
});
