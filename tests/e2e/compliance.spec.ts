import dayjs from 'dayjs';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/appFixture';
import { addAgency, addTargetCondition, chooseMatching, openNavPage, openProfileTab, toggleTimelineKind } from './support/caseRecordFlows';
import { OFFICER, OFFICER_PASSWORD, changeTemporaryPassword, choose, createUser, dismissNotifications, openMainPage, setUpOffice, signIn, signOut } from './support/flows';
import { fillMinimalIntake, type Person } from './support/intakeFlows';

const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');
const JORDAN: Person = { firstName: 'Jordan', lastName: 'Whitaker', dateOfBirth: '1990-04-12', sex: 'Male' };
const HOUSING = { name: 'Riverside Housing Trust', category: 'Housing', phone: '555-0170', contactPerson: 'Priya Nandakumar' };

test('an officer keeps compliance, the plan and referrals, and finds each on the timeline', async ({ page }) => {
  test.setTimeout(420_000);

  // The administrator puts an agency in the directory before the officer's first day.
  await setUpOffice(page);
  await openNavPage(page, 'Agency directory');
  await addAgency(page, HOUSING);
  const agencies = page.getByRole('table', { name: 'Agencies' });
  await expect(agencies.getByRole('row', { name: /Riverside Housing Trust/ })).toContainText('Priya Nandakumar');
  await expectAccessible(page, 'agency directory');
  await page.screenshot({ path: test.info().outputPath('agency-directory.png'), fullPage: true });
  await createUser(page, OFFICER);
  await signOut(page);
  await signIn(page, OFFICER.username, OFFICER.temporaryPassword);
  await changeTemporaryPassword(page, OFFICER.temporaryPassword, OFFICER_PASSWORD);

  // Officers read the directory but do not keep it.
  await openNavPage(page, 'Agency directory');
  await expect(agencies).toContainText('Riverside Housing Trust');
  await expect(page.getByRole('button', { name: 'Add agency' })).toHaveCount(0);

  await openMainPage(page, 'New intake', 'New intake');
  await fillMinimalIntake(page, JORDAN, 'CR-2024-00871');
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Whitaker' })).toBeVisible();
  await page.getByRole('tab', { name: 'Court & conditions' }).click();
  await addTargetCondition(page, { type: 'Community service', text: 'Complete 40 hours of community service.', target: '40', counts: 'hours' });
  await addTargetCondition(page, { type: 'Restitution', text: 'Pay $500 restitution to the victim.', target: '500', counts: 'money owed' });

  // Community-service hours: typed in hours, refused when empty, then progress against the 40 ordered.
  const conditions = page.getByRole('table', { name: 'Condition compliance' });
  await openProfileTab(page, 'Compliance', conditions);
  const service = conditions.getByRole('row', { name: /Complete 40 hours/ });
  await expect(service).toContainText('Not started');
  await expect(service).toContainText('0 of 40 hours (0%)');
  await page.getByRole('button', { name: 'Log hours' }).click();
  let dialog = page.getByRole('dialog', { name: 'Log community-service hours' });
  await chooseMatching(page, dialog, 'Condition', /Complete 40 hours/);
  await dialog.getByLabel('Placement agency').fill('Riverside Food Bank');
  await dialog.getByLabel('Verified by').fill('D. Okafor');
  await dialog.getByRole('button', { name: 'Log hours' }).click();
  await expect(dialog.getByText('Enter the time worked.')).toBeVisible();
  await dialog.getByLabel('Hours worked').fill('4.5');
  await expectAccessible(page, 'log hours dialog');
  await dialog.getByRole('button', { name: 'Log hours' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  await expect(service).toContainText('4.5 of 40 hours (11%)');
  // The first hours logged start the condition.
  await expect(service).toContainText('In progress');
  const serviceNumber = (await service.getByRole('cell').first().textContent()) ?? '';
  await expect(page.getByRole('progressbar', { name: `Progress of condition ${serviceNumber}` })).toHaveAttribute('aria-valuenow', '11');
  await expect(page.getByRole('region', { name: 'Community service' })).toContainText('35.5 hours remaining');
  await expect(page.getByRole('table', { name: 'Community-service hours' })).toContainText('Riverside Food Bank');

  // Restitution: the order is charged, then a payment typed in dollars and cents brings the balance down.
  const restitution = conditions.getByRole('row', { name: /Pay \$500 restitution/ });
  const ledger = page.getByRole('region', { name: 'Fees and restitution' });
  for (const entry of [
    { kind: 'Charge', amount: '500' },
    { kind: 'Payment', amount: '25.50' },
  ]) {
    await page.getByRole('button', { name: 'Add ledger entry' }).click();
    dialog = page.getByRole('dialog', { name: 'Add ledger entry' });
    await choose(page, dialog, 'Kind of entry', entry.kind);
    await choose(page, dialog, 'Category', 'Restitution');
    await dialog.getByLabel('Amount').fill(entry.amount);
    await chooseMatching(page, dialog, 'Condition', /Pay \$500 restitution/);
    await dialog.getByLabel('Reference').fill(`${entry.kind} ref 1`);
    await dialog.getByRole('button', { name: 'Add entry' }).click();
    await expect(dialog).toBeHidden();
    await dismissNotifications(page);
  }
  await expect(ledger).toContainText('Balance owed$474.50');
  await expect(restitution).toContainText('$25.50 paid of $500.00 (5%)');
  const entries = page.getByRole('table', { name: 'Ledger entries' });
  await expect(entries.getByRole('row', { name: /Payment/ })).toContainText('−$25.50$474.50');
  await expect(entries.getByRole('row', { name: /Charge/ })).toContainText('+$500.00$500.00');
  await expectAccessible(page, 'compliance tab with entries');
  await page.screenshot({ path: test.info().outputPath('compliance.png'), fullPage: true });

  // The supervision plan: a goal is set, its status moves on, and the history shows both.
  const plan = page.getByRole('region', { name: 'Supervision plan' });
  await openProfileTab(page, 'Supervision plan', plan);
  await page.getByRole('button', { name: 'Add goal' }).click();
  dialog = page.getByRole('dialog', { name: 'Add goal' });
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await expect(dialog.getByText('Enter the need area.')).toBeVisible();
  await expect(dialog.getByText('Enter the goal.')).toBeVisible();
  await dialog.getByLabel('Need area').fill('Employment');
  await dialog.getByLabel('Goal', { exact: true }).fill('Find full-time work.');
  await dialog.getByLabel('Target date').fill(day(60));
  await dialog.getByRole('button', { name: 'Add action step' }).click();
  await dialog.getByRole('group', { name: 'Action step 1' }).getByLabel('What is to be done').fill('Register with the job centre');
  await expectAccessible(page, 'add goal dialog');
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  const goal = plan.getByRole('article', { name: 'Goal 1' });
  await expect(plan.getByRole('region', { name: 'Need area: Employment' })).toContainText('Find full-time work.');
  await expect(goal).toContainText('Open');
  await expect(goal).toContainText('Register with the job centre');
  await goal.getByRole('button', { name: 'Change status of goal 1' }).click();
  dialog = page.getByRole('dialog', { name: 'Change goal status' });
  await choose(page, dialog, 'New status', 'In progress');
  await dialog.getByLabel("Note for the plan's history").fill('Started at the job club.');
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  await expect(goal).toContainText('In progress');
  await expect(goal).toContainText('Changed 1 time');
  await goal.getByRole('button', { name: 'History of goal 1' }).click();
  dialog = page.getByRole('dialog', { name: 'History of the goal' });
  await expect(dialog).toContainText('Goal set');
  await expect(dialog).toContainText('Action step: Register with the job centre');
  await expect(dialog).toContainText('Status: Open → In progress');
  await expect(dialog).toContainText('Note: Started at the job club.');
  await expectAccessible(page, 'goal history');
  await page.screenshot({ path: test.info().outputPath('goal-history.png') });
  await dialog.getByRole('button', { name: 'Close dialog' }).click();

  // A referral to the agency from the directory, then accepted.
  const referrals = page.getByRole('table', { name: 'Referrals' });
  await openProfileTab(page, 'Referrals', referrals);
  await page.getByRole('button', { name: 'New referral' }).click();
  dialog = page.getByRole('dialog', { name: 'New referral' });
  await choose(page, dialog, 'Agency', HOUSING.name);
  await dialog.getByLabel('Reason for the referral').fill('Sleeping on a friend’s sofa; needs stable housing.');
  await dialog.getByLabel('Follow up on').fill(day(-1));
  await dialog.getByRole('button', { name: 'Make referral' }).click();
  await expect(dialog.getByText('The follow-up date cannot be before the referral.')).toBeVisible();
  await dialog.getByLabel('Follow up on').fill(day(14));
  await dialog.getByRole('button', { name: 'Make referral' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  const referral = referrals.getByRole('row', { name: /Riverside Housing Trust/ });
  await expect(referral).toContainText('Made');
  await referral.getByRole('button', { name: 'Update status of the referral to Riverside Housing Trust' }).click();
  dialog = page.getByRole('dialog', { name: 'Referral to Riverside Housing Trust' });
  await choose(page, dialog, 'New status', 'Accepted');
  await dialog.getByLabel('Note').fill('Intake interview booked.');
  await dialog.getByRole('button', { name: 'Update status' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  await expect(referral).toContainText(/Accepted.*Made .*Accepted .*: Intake interview booked\./);
  await expectAccessible(page, 'referrals with one accepted');
  await page.screenshot({ path: test.info().outputPath('referrals.png'), fullPage: true });

  // The timeline has every entry, newest first, and filters by kind and by date.
  const timeline = page.getByRole('region', { name: 'Timeline entries' });
  await openProfileTab(page, 'Timeline', timeline);
  const items = timeline.getByRole('listitem');
  await expect(items).toHaveCount(7);
  await expect(timeline).toContainText('4.5 hours of community service at Riverside Food Bank');
  await page.screenshot({ path: test.info().outputPath('timeline.png'), fullPage: true });
  await toggleTimelineKind(page, 'Fees and payments', true);
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Payment of $25.50, restitution');
  await expect(items.nth(1)).toContainText('Charge of $500.00, restitution');
  await expect(timeline).toContainText('Payment of $25.50, restitution');
  await expect(timeline).toContainText('Reference: Payment ref 1');
  await toggleTimelineKind(page, 'Plan changes', true);
  await expect(items).toHaveCount(4);
  await expect(timeline).toContainText('Plan goal changed (Employment), in progress');
  await toggleTimelineKind(page, 'Fees and payments', false);
  await toggleTimelineKind(page, 'Plan changes', false);
  await toggleTimelineKind(page, 'Referrals', true);
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Referral to Riverside Housing Trust: made → accepted');
  await expect(items.nth(1)).toContainText('Referred to Riverside Housing Trust (housing), now accepted');
  await expectAccessible(page, 'timeline filtered to referrals');
  await page.getByLabel('From', { exact: true }).fill(day(0));
  await page.getByLabel('To', { exact: true }).fill(day(-1));
  await expect(page.getByText('The end date must be on or after the start date.')).toBeVisible();
  await page.getByLabel('From', { exact: true }).fill(day(-30));
  await expect(page.getByText('Nothing on the timeline for these filters.')).toBeVisible();
  await page.getByLabel('To', { exact: true }).fill(day(0));
  await expect(items).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('timeline-filtered.png'), fullPage: true });

  // A busy year's worth of payments (sent through the app's API rather than typed): the timeline fetches them a
  // page at a time as it is scrolled, and draws only the entries in view.
  const clientId = Number(new URL(page.url()).pathname.split('/').pop());
  await page.evaluate(async (id) => {
    const { api } = window as unknown as { api: Record<string, (input: unknown) => Promise<{ ok: boolean }>> };
    for (let n = 1; n <= 300; n += 1) {
      const entryDate = new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
      const saved = await api['compliance.addLedgerEntry']({ clientId: id, entry: { entryDate, kind: 'payment', category: 'fees', amountCents: 100, reference: `Receipt ${n}` } });
      if (!saved.ok) throw new Error(`payment ${n} was refused`);
    }
  }, clientId);
  await page.getByRole('tab', { name: 'Compliance', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Fees and restitution' })).toContainText('Balance owed$174.50');
  await openProfileTab(page, 'Timeline', timeline);
  await expect(page.getByText('100 entries so far; older ones load as you scroll.')).toBeVisible();
  await expect(async () => {
    await timeline.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(page.getByText('307 entries.', { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(items.last()).toContainText('Reference: Receipt 300');
  expect(await items.count()).toBeLessThan(40);
});
