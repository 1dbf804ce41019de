import { expect, type Page } from './appFixture';
import { choose, dismissNotifications } from './flows';

type Scope = Page | ReturnType<Page['locator']>;

/** Opens a page from the main navigation and waits for its heading. */
export async function openNavPage(page: Page, link: string, heading = link) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Opens a tab of the client's profile and waits for what shows it has loaded. */
export async function openProfileTab(page: Page, tab: string, loaded: ReturnType<Page['locator']>) {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expect(loaded).toBeVisible();
}

/** Turns one kind of entry on or off in the timeline's filter (a chip: its label is what the officer clicks). */
export async function toggleTimelineKind(page: Page, kind: string, on: boolean) {
  const kinds = page.getByRole('group', { name: 'Kinds of entries' });
  await kinds.getByText(kind, { exact: true }).click();
  const checkbox = kinds.getByRole('checkbox', { name: kind });
  await (on ? expect(checkbox).toBeChecked() : expect(checkbox).not.toBeChecked());
}

/** Picks the option of a Mantine select whose text matches, for options named by long texts ("11. Complete 40 hours…"). */
export async function chooseMatching(page: Page, scope: Scope, label: string, option: RegExp) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** A supervisor or administrator adds an agency on the Agency directory page. */
export async function addAgency(page: Page, agency: { name: string; category: string; phone: string; contactPerson: string }) {
  await page.getByRole('button', { name: 'Add agency' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add agency' });
  await dialog.getByLabel('Name').fill(agency.name);
  await choose(page, dialog, 'Category', agency.category);
  await dialog.getByLabel('Phone').fill(agency.phone);
  await dialog.getByLabel('Contact person').fill(agency.contactPerson);
  await dialog.getByRole('button', { name: 'Add agency' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
}

/** A special condition with a target, added on the court and conditions tab. */
export async function addTargetCondition(page: Page, condition: { type: string; text: string; target: string; counts: string }) {
  await page.getByRole('button', { name: 'Add condition' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add condition' });
  await choose(page, dialog, 'Condition type', condition.type);
  await dialog.getByLabel('Condition text').fill(condition.text);
  await dialog.getByLabel('Target amount').fill(condition.target);
  await choose(page, dialog, 'Target counts', condition.counts);
  await dialog.getByRole('button', { name: 'Add condition' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
}
