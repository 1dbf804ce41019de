import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectAccessible } from './support/accessibility';
import { expect, hostEnv, isOwn, startShell, stopShell, test } from './support/appFixture';
import { ADMIN, openAdminPage, setUpOffice, signIn } from './support/flows';

const tempFolder = (label: string) => mkdtempSync(path.join(os.tmpdir(), `probation-desk-e2e-${label}-`));

test('an administrator backs the office up and restores it, and a new workstation is set up from that backup', async ({ page, browser }) => {
  const backupFolder = tempFolder('backups');
  const newWorkstation = tempFolder('restored');
  try {
    const recoveryKey = await setUpOffice(page);
    const warning = page.getByRole('alert').filter({ hasText: "The office's backups are overdue" });
    await expect(warning).toContainText('No backup folder has been chosen');
    await expectAccessible(page, 'home with the backup warning');

    await openAdminPage(page, 'Backups');
    const settings = page.getByRole('form', { name: 'Backup settings' });
    await settings.getByLabel('Backup folder').fill('backups');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings.getByText(/Enter the backup folder as a full path/)).toBeVisible();
    await settings.getByLabel('Backup folder').fill(backupFolder);
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Backup settings saved.')).toBeVisible();

    const backups = page.getByRole('region', { name: 'Backups of this office' });
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/^Backup written and verified/)).toBeVisible({ timeout: 30_000 });
    await expect(backups.getByText(/verified.*Row counts of all \d+ tables match the live database/)).toBeVisible();
    const [backupName] = readdirSync(backupFolder).filter((name) => name.startsWith('probation-desk-backup-'));
    await expect(backups.getByRole('table', { name: 'Backups kept' }).getByRole('row')).toHaveCount(2);
    await expect(backups.getByRole('table', { name: 'Backups kept' })).toContainText(backupName);
    await expectAccessible(page, 'Backups after a backup');
    await page.screenshot({ path: test.info().outputPath('backups.png'), fullPage: true });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.fullName}` })).toBeVisible();
    await expect(warning).toHaveCount(0);

    // Restoring over the office, after a confirmation: the session ends and the administrator signs in again.
    await openAdminPage(page, 'Backups');
    const restoreForm = page.getByRole('form', { name: 'Restore a backup' });
    await restoreForm.getByLabel('Backup to restore').fill(path.join(backupFolder, backupName));
    await restoreForm.getByLabel('The office recovery key').check();
    await restoreForm.getByLabel('Recovery key', { exact: true }).fill(recoveryKey);
    await restoreForm.getByRole('button', { name: 'Restore…' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(confirmation).toContainText('kept as a safety copy');
    await expectAccessible(page, 'restore confirmation');
    await confirmation.getByRole('button', { name: 'Restore the backup' }).click();
    await expect(page.getByText(/^The office was restored from the backup of/)).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, 'sign in after a restore');
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.fullName}` })).toBeVisible();

    // A second workstation: an empty data folder, its own browser shell and its own browser session.
    const { child, launchUrl } = await startShell(newWorkstation, hostEnv(undefined));
    const context = await browser.newContext();
    const external: string[] = [];
    context.on('request', (request) => {
      if (!isOwn(request.url(), new URL(launchUrl).origin)) external.push(request.url());
    });
    try {
      const restored = await context.newPage();
      await restored.goto(launchUrl);
      await expect(restored.getByRole('heading', { name: 'Set up Probation Desk' })).toBeVisible();
      await restored.getByRole('button', { name: 'Restore an office from a backup' }).click();
      await expect(restored.getByRole('heading', { name: 'Restore an office from a backup' })).toBeVisible();
      await expectAccessible(restored, 'restore an office from a backup');
      await restored.screenshot({ path: test.info().outputPath('restore-office.png'), fullPage: true });

      await restored.getByLabel('Backup to restore').fill(path.join(backupFolder, backupName));
      await restored.getByLabel('Username').fill(ADMIN.username);
      await restored.getByLabel('Password', { exact: true }).fill('not the password of the backup');
      await restored.getByRole('button', { name: 'Restore the office' }).click();
      await expect(restored.getByText('The password is not correct for this account in the backup.')).toBeVisible({ timeout: 20_000 });
      await restored.getByLabel('Password', { exact: true }).fill(ADMIN.password);
      await restored.getByRole('button', { name: 'Restore the office' }).click();

      await expect(restored.getByText(/^The office was restored from the backup of/)).toBeVisible({ timeout: 30_000 });
      await signIn(restored, ADMIN.username, ADMIN.password);
      await expect(restored.getByRole('heading', { name: `Welcome, ${ADMIN.fullName}` })).toBeVisible();
      // The restored office knows the backup it came from as its last verified one, and lists the backups in its folder.
      await expect(restored.getByRole('alert').filter({ hasText: "The office's backups are overdue" })).toHaveCount(0);
      await restored.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
      await expect(restored.getByRole('region', { name: 'Backups of this office' }).getByRole('table', { name: 'Backups kept' })).toContainText(backupName);
      expect(external, 'the restored app must make no request outside its own origin').toEqual([]);
    } finally {
      await context.close();
      await stopShell(child);
    }
  } finally {
    rmSync(backupFolder, { recursive: true, force: true });
    rmSync(newWorkstation, { recursive: true, force: true });
    rmSync(`${newWorkstation}-audit-checkpoints`, { recursive: true, force: true });
  }
});

test('an administrator exports the whole office as an encrypted zip, with the passphrase checked first', async ({ page, host }) => {
  test.skip(host === 'electron', 'Electron answers a download with a native save dialog; the browser-shell project covers the export.');
  await setUpOffice(page);
  await openAdminPage(page, 'Backups');
  const exportForm = page.getByRole('form', { name: 'Export records' });
  await exportForm.getByLabel('Passphrase', { exact: true }).fill('too short');
  await exportForm.getByLabel('Confirm passphrase').fill('too short');
  await exportForm.getByRole('button', { name: 'Export' }).click();
  await expect(exportForm.getByText('Choose a client, or export the whole office.')).toBeVisible();
  await expect(exportForm.getByText(/Use a passphrase of at least 12 characters/)).toBeVisible();

  await exportForm.getByLabel('The whole office').check();
  const passphrase = 'Quarry-Lantern-Meadow-88';
  await exportForm.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await exportForm.getByLabel('Confirm passphrase').fill(passphrase);
  const downloading = page.waitForEvent('download');
  await exportForm.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^probation-desk-export-.*\.zip$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const bytes = readFileSync(file);
  // A zip whose first entry is AES-encrypted (WinZip AE-x: compression method 99 in its local header).
  expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
  expect(bytes.readUInt16LE(8)).toBe(99);
  await expect(exportForm.getByLabel('Passphrase', { exact: true })).toHaveValue('');
  await expectAccessible(page, 'Backups after an export');
});
