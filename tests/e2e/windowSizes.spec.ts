import { expectAccessible } from './support/accessibility';
import { expect, test, type Page } from './support/appFixture';
import { openNavPage, openProfileTab } from './support/caseRecordFlows';
import { ADMIN, dismissNotifications, openMainPage, signIn, signInAsNewOfficer, signOut } from './support/flows';
import { answerScreening, takeInClient, type Person } from './support/intakeFlows';

const JORDAN: Person = { firstName: 'Jordan', lastName: 'Whitaker', dateOfBirth: '1990-04-12', sex: 'Male' };

/**
 * The window sizes officers use: a laptop, a small or half-width window, and a 1280×800 screen at 200 % zoom,
 * which lays the page out in 640×400 CSS pixels (what browser zoom does; the bundled font keeps widths the same
 * on every machine). Wide tables then scroll sideways, and axe checks that keyboard users can reach them.
 */
const SIZES = [
  { name: '1280×800', width: 1280, height: 800 },
  { name: '1024×768', width: 1024, height: 768 },
  { name: '200 % zoom', width: 640, height: 400 },
];

/** Navigation happens at the default size; each page is then checked at every size and left at the default. */
async function expectAccessibleAtEverySize(page: Page, where: string) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Two frames: the resize is laid out and Mantine's scroll areas have measured their content.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expectAccessible(page, `${where} at ${size.name}`);
  }
  await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
}

test('every main page and the new-assessment dialog stay usable by keyboard at every window size', async ({ page }) => {
  test.setTimeout(420_000);
  await signInAsNewOfficer(page);
  await expectAccessibleAtEverySize(page, 'home');
  await takeInClient(page, JORDAN, 'CR-2024-00871');
  await dismissNotifications(page);
  await expectAccessibleAtEverySize(page, 'client profile overview');
  await openProfileTab(page, 'Court & conditions', page.getByRole('table', { name: 'Conditions' }));
  await expectAccessibleAtEverySize(page, 'client profile: court and conditions');
  await openProfileTab(page, 'Compliance', page.getByRole('region', { name: 'Fees and restitution' }));
  await expectAccessibleAtEverySize(page, 'client profile: compliance');
  await page.screenshot({ path: test.info().outputPath('compliance-tab.png'), fullPage: true });
  await openProfileTab(page, 'Assessments', page.getByRole('table', { name: 'Assessment history' }));
  await expectAccessibleAtEverySize(page, 'client profile: assessments');

  await page.getByRole('button', { name: 'New assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await answerScreening(dialog);
  await expectAccessibleAtEverySize(page, 'new assessment dialog');
  await dialog.getByRole('button', { name: 'Close dialog' }).click();
  await expect(dialog).toBeHidden();

  // A wide table that scrolls sideways is a named stop in the tab order.
  await openMainPage(page, 'Caseload', 'Caseload');
  await expectAccessibleAtEverySize(page, 'caseload');
  await page.screenshot({ path: test.info().outputPath('caseload.png'), fullPage: true });
  await page.setViewportSize({ width: 640, height: 400 });
  const clients = page.getByRole('group', { name: 'Clients, scrolls sideways' });
  await clients.focus();
  await expect(clients).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => clients.evaluate((viewport) => viewport.scrollLeft)).toBeGreaterThan(0);
  await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });

  await openNavPage(page, 'Schedule');
  await expectAccessibleAtEverySize(page, 'schedule');
  // The calendar's other grid: react-big-calendar's table roles are corrected in month view too.
  await page.getByRole('button', { name: 'Month' }).click();
  await expect(page.locator('.rbc-month-view')).toBeVisible();
  await expectAccessible(page, 'schedule, month view');
  await openNavPage(page, 'Court reports');
  await expectAccessibleAtEverySize(page, 'court reports');

  await signOut(page);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.fullName}` })).toBeVisible();
  for (const name of ['Users', 'Audit log', 'Office settings', 'Backups']) {
    await openNavPage(page, name);
    await expectAccessibleAtEverySize(page, name);
  }
});
