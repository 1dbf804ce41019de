import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/appFixture';
import { ADMIN, OFFICE, OFFICER, OFFICER_PASSWORD, createUser, openAdminPage, setUpOffice, signIn, signOut, userAction } from './support/flows';

test('an office is set up, an officer is added and signs in with a temporary password that must be changed', async ({ page }) => {
  await setUpOffice(page);
  await expect(page.getByRole('banner')).toContainText(OFFICE.name);
  await expectAccessible(page, 'home (administrator)');

  await createUser(page, OFFICER);
  await signOut(page);
  await expectAccessible(page, 'sign in');

  await signIn(page, OFFICER.username, OFFICER.temporaryPassword);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page, 'forced password change');
  await page.getByLabel('Current password').fill(OFFICER.temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill('password1234');
  await page.getByLabel('Confirm new password').fill('password1234');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText(/most commonly used passwords/)).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(OFFICER_PASSWORD);
  await page.getByLabel('Confirm new password').fill(OFFICER_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();

  await expect(page.getByRole('heading', { name: `Welcome, ${OFFICER.fullName}` })).toBeVisible();
  // An officer sees no administration pages.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expectAccessible(page, 'home (officer)');

  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Session locked' })).toBeVisible();
  await expectAccessible(page, 'lock screen');
  await page.getByLabel('Password', { exact: true }).fill('not the password at all');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('The password is not correct.')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(OFFICER_PASSWORD);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${OFFICER.fullName}` })).toBeVisible();
});

test.describe('idle lock', () => {
  test.use({ idleLockSeconds: 4 });

  test('the session locks by itself when left idle and unlocks with the password', async ({ page }) => {
    await setUpOffice(page);
    await expect(page.getByRole('heading', { name: 'Session locked' })).toBeVisible({ timeout: 15_000 });
    // The home page stays, hidden, under the lock screen: the one main landmark left is the lock screen's.
    await expect(page.getByRole('main').getByText(ADMIN.fullName, { exact: true })).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.fullName}` })).toBeVisible();
  });
});

test('five wrong passwords lock an account until an administrator releases it; the audit log shows it all', async ({ page }) => {
  await setUpOffice(page);
  await createUser(page, OFFICER);
  await signOut(page);

  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, OFFICER.username, `wrong guess number ${attempt}`);
    await expect(page.getByText(/^The username or password is not correct, or the account is locked/)).toBeVisible();
  }
  await signIn(page, OFFICER.username, 'wrong guess number 5');
  await expect(page.getByText(/locked after 5 failed sign-in attempts/)).toBeVisible();
  await signIn(page, OFFICER.username, OFFICER.temporaryPassword);
  await expect(page.getByText(/locked after 5 failed sign-in attempts/)).toBeVisible();

  await signIn(page, ADMIN.username, ADMIN.password);
  await openAdminPage(page, 'Users');
  const row = page.getByRole('row', { name: new RegExp(OFFICER.fullName) });
  await expect(row).toContainText('Locked');
  await userAction(page, OFFICER.fullName, 'Release lockout');
  await page.getByRole('dialog').getByRole('button', { name: 'Release lockout' }).click();
  await expect(row).not.toContainText('Locked');

  await openAdminPage(page, 'Audit log');
  await page.getByRole('combobox', { name: 'Outcome' }).click();
  await page.getByRole('option', { name: /failure/i }).click();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const entries = page.getByRole('table', { name: 'Audit log entries' });
  await expect(entries.getByRole('row', { name: /Signed in/ })).toHaveCount(6);
  // Changes only: the release is there, the sign-ins are not.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('Changes', { exact: true }).click();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(entries.getByRole('row', { name: /Released a lockout/ })).toHaveCount(1);
  await expect(entries.getByRole('row', { name: /Signed in|Viewed/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByText(/the chain is intact/)).toBeVisible();
  await expectAccessible(page, 'audit log with results');

  await signOut(page);
  await signIn(page, OFFICER.username, OFFICER.temporaryPassword);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
});

test('office settings reject bad input with a clear message and keep what was saved', async ({ page }) => {
  await setUpOffice(page);
  await openAdminPage(page, 'Office settings');
  const security = page.getByRole('form', { name: 'Security' });
  await security.getByLabel('Idle lock (minutes)').fill('45');
  await security.getByRole('button', { name: 'Save' }).click();
  await expect(security.getByText(/at most 30 minutes/)).toBeVisible();
  const office = page.getByRole('form', { name: 'Office details' });
  await office.getByLabel('Office name').fill('Riverside County Adult Probation');
  await office.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('banner')).toContainText('Riverside County Adult Probation');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Security' }).getByLabel('Idle lock (minutes)')).toHaveValue('15');
});
