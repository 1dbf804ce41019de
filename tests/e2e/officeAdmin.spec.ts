import { expect, test } from './support/appFixture';
import { openAdminPage, setUpOffice } from './support/flows';

test('on a standalone office the Workstations page says so and how IT sets up an office host', async ({ page }) => {
  await setUpOffice(page);
  // openAdminPage checks the heading and runs axe on the page.
  await openAdminPage(page, 'Workstations');
  const standalone = page.getByRole('alert').filter({ hasText: 'This office is standalone' });
  await expect(standalone).toContainText('start the office host on this data folder (npm run host)');
  await expect(standalone).toContainText('comparing the host fingerprint');
  await expect(page.getByRole('button', { name: 'New enrollment code' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Enrolled workstations' })).toHaveCount(0);
});
