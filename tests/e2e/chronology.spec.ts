import path from 'node:path';
import dayjs from 'dayjs';
import type { ChannelInput } from '../../electron/api/contract';
import type { WindowApi } from '../../electron/api/windowApi';
import { convertWithLibreOffice, pdfText, phraseAcrossPages, validateDocx } from '../fixtures/docxReader';
import { expectAccessible } from './support/accessibility';
import { expect, test, type Page } from './support/appFixture';
import { signInAsNewOfficer } from './support/flows';
import { takeInClient, type Person } from './support/intakeFlows';

const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');
const JORDAN: Person = { firstName: 'Jordan', lastName: 'Whitaker', dateOfBirth: '1990-04-12', sex: 'Male' };
const NARRATIVES = ['Reported as directed; paystubs from Ridgeway Tyres seen.', 'Phone check-in: confirmed the treatment intake appointment.'];

/** Records a signed note through the app's own API, as the contact log would (setup only: the export is under test). */
async function recordNote(page: Page, input: ChannelInput<'caseNotes.create'>) {
  const result = await page.evaluate((note) => (window as unknown as { api: WindowApi }).api['caseNotes.create'](note), input);
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

test('an officer exports a client’s chronology for a period and the saved .docx holds the contacts', async ({ page, host }) => {
  test.skip(host === 'electron', 'Electron answers a download with a native save dialog; the browser-shell project covers the export.');
  // The intake, then LibreOffice and the strict validator reading the file back, on a busy two-core machine.
  test.setTimeout(360_000);
  await signInAsNewOfficer(page);
  const clientId = await takeInClient(page, JORDAN, 'CR-2024-00871');
  const note = { durationMinutes: 30, location: 'Riverside office', peoplePresent: 'Client', outcome: 'attended_complied' as const, tags: [] };
  await recordNote(page, { clientId, sign: true, note: { ...note, contactType: 'office_visit', contactAt: `${day(-6)}T10:00`, narrative: NARRATIVES[0] } });
  await recordNote(page, { clientId, sign: true, note: { ...note, contactType: 'phone', contactAt: `${day(-2)}T15:30`, narrative: NARRATIVES[1] } });
  await recordNote(page, { clientId, sign: true, note: { ...note, contactType: 'phone', contactAt: `${day(-40)}T09:00`, narrative: 'Before the period.' } });

  await page.getByRole('button', { name: 'Export chronology' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export chronology' });
  await expectAccessible(page, 'export chronology dialog');
  // A period that ends before it starts is refused under the field, and nothing is saved.
  await dialog.getByLabel('From').fill(day(-10));
  await dialog.getByLabel('To').fill(day(-20));
  await dialog.getByRole('button', { name: 'Export .docx' }).click();
  await expect(dialog.getByText('The end date must be on or after the start date.')).toBeVisible();

  await dialog.getByLabel('To').fill(day(0));
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export .docx' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^chronology-PD-\\d{4}-\\d+-${day(-10)}-to-${day(0)}\\.docx$`));
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Chronology exported as chronology-/)).toBeVisible();

  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(validateDocx(file)).toMatchObject({ status: 0 });
  const printed = pdfText(convertWithLibreOffice(file, path.dirname(file)));
  for (const phrase of ['CONFIDENTIAL', 'Jordan Whitaker', 'CR-2024-00871', ...NARRATIVES, 'Olly Officer']) expect(printed).toMatch(phraseAcrossPages(phrase));
  expect(printed).not.toContain('Before the period.');
});
