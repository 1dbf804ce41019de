import path from 'node:path';
import dayjs from 'dayjs';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/api/contract';
import type { WindowApi } from '../../electron/api/windowApi';
import { convertWithLibreOffice, firstPagePng, pdfText, phraseAcrossPages, validateDocx } from '../fixtures/docxReader';
import { expectAccessible } from './support/accessibility';
import { expect, test, type Page } from './support/appFixture';
import { openNavPage } from './support/caseRecordFlows';
import { changeTemporaryPassword, choose, createUser, OFFICER, OFFICER_PASSWORD, setUpOffice, signIn, signOut } from './support/flows';
import { takeInClient, type Person } from './support/intakeFlows';

const JORDAN: Person = { firstName: 'Jordan', lastName: 'Whitaker', dateOfBirth: '1990-04-12', sex: 'Male' };
const SUPERVISOR = { fullName: 'Sue Supervisor', username: 'sue', role: 'supervisor' as const, temporaryPassword: 'Harbor-Granite-Lantern-8' };
const SUPERVISOR_PASSWORD = 'Willow-Copper-Meadow-31';
const CIRCUMSTANCES = 'Failed to report on the scheduled date and did not call.';
const FIRST_RECOMMENDATION = 'Seven days in the county jail.';
const FINAL_RECOMMENDATION = 'Seven days in the county jail, followed by weekly reporting for ninety days.';

/** Calls the app's own API from the page, for setting up the record (the report is under test, not the violation form). */
async function api<C extends Channel>(page: Page, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await page.evaluate(([name, value]) => (window as unknown as { api: WindowApi })['api'][name as C](value as never), [channel, input] as const);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function switchUser(page: Page, username: string, password: string) {
  await signOut(page);
  await signIn(page, username, password);
}

/** Opens a report from one of the Reports page's lists. */
async function openReportFrom(page: Page, list: string) {
  await openNavPage(page, 'Court reports');
  await page.getByRole('table', { name: list }).getByRole('link', { name: 'Violation report' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Violation report: Jordan Whitaker' })).toBeVisible();
}

test('a violation report is written, returned, resubmitted, approved and exported as a Word file that LibreOffice reads', async ({ page, host }) => {
  test.skip(host === 'electron', 'Electron answers a download with a native save dialog; the browser-shell project covers the export.');
  test.setTimeout(420_000);
  await setUpOffice(page);
  await createUser(page, SUPERVISOR);
  await createUser(page, OFFICER);
  await switchUser(page, OFFICER.username, OFFICER.temporaryPassword);
  await changeTemporaryPassword(page, OFFICER.temporaryPassword, OFFICER_PASSWORD);
  const clientId = await takeInClient(page, JORDAN, 'CR-2024-00871');
  const [condition] = (await api(page, 'clients.get', { clientId })).conditions;
  await api(page, 'violations.create', {
    clientId,
    violation: { conditionId: condition.id, violationDate: dayjs().subtract(3, 'day').format('YYYY-MM-DD'), description: CIRCUMSTANCES, severity: 'moderate' },
  });

  // The officer starts the report from the client's record; the violation is already in it.
  await page.getByRole('tab', { name: 'Court reports', exact: true }).click();
  await page.getByRole('button', { name: 'New report' }).click();
  const dialog = page.getByRole('dialog', { name: 'New court report' });
  await choose(page, dialog, 'Type of report', 'Violation report');
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Violation report: Jordan Whitaker' })).toBeVisible();
  const violated = page.getByRole('table', { name: 'Conditions violated' });
  await expect(violated).toContainText(CIRCUMSTANCES);
  await expect(violated).toContainText(condition.text);
  await expectAccessible(page, 'report editor');

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Write the recommendation before submitting the report.')).toBeVisible();
  await page.getByLabel('Recommendation').fill(FIRST_RECOMMENDATION);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Submitted for review', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Recommendation')).toHaveCount(0);

  // The officer also signs a note of an office visit.
  await api(page, 'caseNotes.create', {
    clientId,
    sign: true,
    note: {
      contactType: 'office_visit',
      contactAt: `${dayjs().subtract(1, 'day').format('YYYY-MM-DD')}T10:00`,
      durationMinutes: 30,
      location: 'Office',
      peoplePresent: 'Client',
      outcome: 'attended_complied',
      narrative: 'Reported as directed.',
      tags: [],
    },
  });

  // The supervisor's Home says what waits: the report and the note, each opening from the review queue.
  await switchUser(page, SUPERVISOR.username, SUPERVISOR.temporaryPassword);
  await changeTemporaryPassword(page, SUPERVISOR.temporaryPassword, SUPERVISOR_PASSWORD);
  const awaiting = page.getByRole('region', { name: 'Awaiting my review' });
  await expect(awaiting).toContainText('1 note and 1 report awaiting your review');
  await expect(awaiting.getByRole('link', { name: 'Violation report: Jordan Whitaker' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('home-supervisor.png'), fullPage: true });
  await awaiting.getByRole('link', { name: 'Open review queue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Court reports awaiting review' })).toContainText('Jordan Whitaker');
  await expect(page.getByRole('table', { name: 'Notes awaiting review' }).getByRole('row', { name: /Office visit/ })).toContainText(OFFICER.fullName);
  await expectAccessible(page, 'review queue');
  await openReportFrom(page, 'Awaiting my review');
  await page.getByRole('button', { name: 'Return with comments' }).click();
  const returning = page.getByRole('dialog', { name: 'Return report' });
  await returning.getByLabel('Comment for the officer').fill('Add the reporting schedule you recommend after release.');
  await returning.getByRole('button', { name: 'Return to officer' }).click();
  await expect(page.getByText('Returned with comments', { exact: true })).toBeVisible();

  // The officer reads the comment, fixes the recommendation and resubmits.
  await switchUser(page, OFFICER.username, OFFICER_PASSWORD);
  await openReportFrom(page, 'My reports');
  await expect(page.getByText('Add the reporting schedule you recommend after release.')).toBeVisible();
  await page.getByLabel('Recommendation').fill(FINAL_RECOMMENDATION);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Submitted for review', { exact: true })).toBeVisible();
  // Resubmitted, the return no longer stands: it is history, not an alert.
  await expect(page.getByRole('alert').filter({ hasText: /^Returned by/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Earlier reviews' })).toContainText('Add the reporting schedule you recommend after release.');

  await switchUser(page, SUPERVISOR.username, SUPERVISOR_PASSWORD);
  await openReportFrom(page, 'Awaiting my review');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approved', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: `Approved by ${SUPERVISOR.fullName}` })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Returned by' })).toHaveCount(0);

  // The officer exports the approved report; the saved file is checked as Word and LibreOffice would read it.
  await switchUser(page, OFFICER.username, OFFICER_PASSWORD);
  await openReportFrom(page, 'My reports');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .docx' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^violation-report-PD-\d{4}-\d+-v1\.docx$/);
  await expect(page.getByText('Exported', { exact: true })).toBeVisible();

  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(validateDocx(file)).toMatchObject({ status: 0 });
  const pdf = convertWithLibreOffice(file, path.dirname(file));
  const printed = pdfText(pdf);
  for (const phrase of ['CONFIDENTIAL', 'Jordan Whitaker', condition.text, CIRCUMSTANCES, FINAL_RECOMMENDATION, OFFICER.fullName, SUPERVISOR.fullName])
    expect(printed).toMatch(phraseAcrossPages(phrase));
  const png = firstPagePng(pdf, test.info().outputPath('violation-report-page-1'));
  await test.info().attach('violation report, page 1', { path: png, contentType: 'image/png' });
});
