import type { Role } from '../../../electron/api/users/roles';
import { expectAccessible, expectAccessibleOnce } from './accessibility';
import { expect, type Page } from './appFixture';
import { ADMIN, OFFICE, OFFICER, OFFICER_PASSWORD } from './people';

export { ADMIN, OFFICE, OFFICER, OFFICER_PASSWORD } from './people';

type Scope = Page | ReturnType<Page['locator']>;

/** The first-run wizard, as the office's first administrator completes it; returns the recovery key shown. */
export async function setUpOffice(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Set up Probation Desk' })).toBeVisible();
  await expectAccessibleOnce(page, 'set-up: office details');
  await page.getByLabel('Office name').fill(OFFICE.name);
  await page.getByLabel('Address').fill(OFFICE.address);
  await page.getByLabel('Phone').fill(OFFICE.phone);
  // The time zone is offered from the workstation's, to confirm.
  await expect(page.getByRole('combobox', { name: 'Office time zone' })).not.toHaveValue('');
  await page.getByRole('button', { name: 'Next' }).click();
  await expectAccessibleOnce(page, 'set-up: first administrator');
  await page.getByLabel('Full name').fill(ADMIN.fullName);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Confirm password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create office' }).click();
  const key = page.getByTestId('recovery-key');
  await expect(key).toHaveText(/^([0-9A-F]{4}-){15}[0-9A-F]{4}$/);
  await expectAccessibleOnce(page, 'set-up: recovery key');
  const recoveryKey = (await key.textContent()) ?? '';
  await page.getByLabel('I have printed or saved the recovery key in a safe place').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.fullName}` })).toBeVisible();
  return recoveryKey;
}

export async function signIn(page: Page, username: string, password: string) {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /^Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

export async function openAdminPage(page: Page, name: 'Users' | 'Audit log' | 'Office settings' | 'Backups' | 'Workstations') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectAccessible(page, name);
}

/** An administrator creates an account from the Users page with a temporary password. */
export async function createUser(page: Page, user: { fullName: string; username: string; role: Role; temporaryPassword: string }) {
  await openAdminPage(page, 'Users');
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await dialog.getByLabel('Full name').fill(user.fullName);
  await dialog.getByLabel('Username').fill(user.username);
  await dialog.getByLabel('Job title').fill('Probation Officer');
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: new RegExp(`^${user.role}`, 'i') }).click();
  await dialog.getByLabel('Temporary password').fill(user.temporaryPassword);
  await expectAccessibleOnce(page, 'new user dialog');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(user.fullName) })).toContainText('Must change password');
}

/** Opens the row menu of a user on the Users page and picks an action. */
export async function userAction(page: Page, fullName: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${fullName}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

/** The first sign-in with a temporary password ends in choosing one's own. */
export async function changeTemporaryPassword(page: Page, temporaryPassword: string, newPassword: string) {
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
}

/** The administrator signs out and the officer they created signs in for the first time, choosing their own password. */
export async function signInAsOfficerFirstTime(page: Page) {
  await signOut(page);
  await signIn(page, OFFICER.username, OFFICER.temporaryPassword);
  await changeTemporaryPassword(page, OFFICER.temporaryPassword, OFFICER_PASSWORD);
  await expect(page.getByRole('heading', { name: `Welcome, ${OFFICER.fullName}` })).toBeVisible();
}

/** A new office with one officer, who is signed in (their own password chosen) on the home page. */
export async function signInAsNewOfficer(page: Page) {
  await setUpOffice(page);
  await createUser(page, OFFICER);
  await signInAsOfficerFirstTime(page);
}

export async function openMainPage(page: Page, link: 'Caseload' | 'New intake' | 'Home', heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Picks an option of a Mantine select (a combobox and a listbox of options). */
export async function choose(page: Page, scope: Scope, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Closes the "saved" notifications, which sit over the bottom right of the page (where row actions are) while hovered. */
export async function dismissNotifications(page: Page) {
  const buttons = page.getByRole('button', { name: 'Dismiss notification' });
  // One may close by itself while the others are clicked: retried until none is left.
  await expect(async () => {
    for (const button of await buttons.all()) await button.click({ timeout: 1000 });
    await expect(buttons).toHaveCount(0, { timeout: 1000 });
  }).toPass();
}
