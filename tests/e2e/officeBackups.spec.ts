import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectAccessible } from './support/accessibility';
import { expect, isOwn, test } from './support/appFixture';
import { ADMIN, openAdminPage, signIn } from './support/flows';
import { startOfficeNetwork, type OfficeNetwork } from './support/officeNetwork';

let office: OfficeNetwork | undefined;
let backupFolder: string | undefined;
test.beforeEach(({ host }) => {
  test.skip(host === 'electron', "Electron's main process does not forward to a host yet; the browser-shell workstations cover office mode.");
});
test.afterEach(async () => {
  await office?.close();
  if (backupFolder) rmSync(backupFolder, { recursive: true, force: true });
});

test('an administrator at a workstation backs the office up on the office host and is told the folder there', async ({ browser, externalRequests }) => {
  office = await startOfficeNetwork(['Front desk']);
  backupFolder = mkdtempSync(path.join(os.tmpdir(), 'probation-desk-host-backups-'));
  const context = await browser.newContext();
  const origin = new URL(office.launchUrls[0]).origin;
  context.on('request', (request) => {
    if (!isOwn(request.url(), origin)) externalRequests.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(office.launchUrls[0]);
  await signIn(page, ADMIN.username, ADMIN.password);

  await openAdminPage(page, 'Backups');
  const settings = page.getByRole('form', { name: 'Backup settings' });
  await expect(settings.getByText(/existing folder on the office host, which makes the backups/)).toBeVisible();
  // The host keeps the key after a sign-out, so there is no backup at sign-out to choose.
  await expect(settings.getByLabel('Back up at every sign-out')).toHaveCount(0);
  await settings.getByLabel('Backup folder').fill(backupFolder);
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Backup settings saved.')).toBeVisible();

  const backups = page.getByRole('region', { name: 'Backups of this office' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backup written and verified: .* on the office host\.$/)).toBeVisible({ timeout: 30_000 });
  const written = readdirSync(backupFolder).filter((name) => name.startsWith('probation-desk-backup-'));
  expect(written).toHaveLength(1);
  await expect(page.getByText(`Backup written and verified: ${path.join(backupFolder, written[0])} on the office host.`)).toBeVisible();
  await expect(backups.getByText('Backup folder on the office host')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Restore a backup' })).toContainText('office IT restores it at the host while the host is stopped');
  await expectAccessible(page, 'Backups on a workstation of an office host');
});
