import { readFileSync } from 'node:fs';
import path from 'node:path';
import dayjs from 'dayjs';
import ICAL from 'ical.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/api/contract';
import type { WindowApi } from '../../electron/api/windowApi';
import { convertWithLibreOffice, pdfText, validateDocx } from '../fixtures/docxReader';
import { fullIntakeInput } from '../fixtures/intakeInput';
import { expect, test, type Page } from './support/appFixture';
import { expectAccessible } from './support/accessibility';
import { noteCard, noteTitle } from './support/caseNoteFlows';
import { OFFICER, choose, createUser, dismissNotifications, openAdminPage, openMainPage, setUpOffice, signInAsOfficerFirstTime } from './support/flows';

/** A step that cannot happen fails in a minute rather than at the test's timeout. */
test.use({ actionTimeout: 60_000 });

const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');
/** The fortnightly check-in: four times from four weeks ago, so two are past, one is today and one is ahead. */
const FIRST = `${day(-28)}T09:00`;
const SECOND = `${day(-14)}T09:00`;

/** Calls the app's own API in the page (setup only, where the UI for it is tested elsewhere). */
async function api<C extends Channel>(page: Page, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await page.evaluate(([name, value]) => (window as unknown as { api: WindowApi }).api[name as C](value as never), [channel, input] as const);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const dashboardSection = (page: Page, title: string) => page.getByRole('region', { name: title });

async function recordOutcome(page: Page, at: string, outcome: string) {
  await openMainPage(page, 'Home', `Welcome, ${OFFICER.fullName}`);
  await dashboardSection(page, 'Outcomes to record')
    .getByRole('button', { name: `Open office visit with Jordan Whitaker at ${at.replace('T', ' ')}` })
    .click();
  await page.getByRole('dialog', { name: 'Office visit: Jordan Whitaker' }).getByRole('button', { name: 'Record outcome' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record the outcome' });
  await choose(page, dialog, 'Outcome', outcome);
  await dialog.getByRole('button', { name: 'Record outcome' }).click();
}

test('an officer books a fortnightly check-in, records its outcomes, sees the dashboard change and exports the calendar and an itinerary', async ({ page, host }) => {
  test.skip(host === 'electron', 'Electron answers a download with a native save dialog; the browser-shell project covers the exports.');
  test.setTimeout(600_000);
  const shot = (name: string) => test.info().outputPath(name);

  // The office counts first contacts within 2 business days of intake, and no first-home-visit rule.
  await setUpOffice(page);
  await openAdminPage(page, 'Office settings');
  const standards = page.getByRole('region', { name: 'Contact standards' });
  await standards.getByLabel('First home visit within (days)').fill('');
  await standards.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Contact standards saved.')).toBeVisible();
  await createUser(page, OFFICER);
  await signInAsOfficerFirstTime(page);

  // Jordan came onto the caseload 40 days ago and has not been seen: overdue for the first contact.
  const directory = await api(page, 'users.directory', {});
  const officerId = directory.find((user) => user.fullName === OFFICER.fullName)!.id;
  const intake = fullIntakeInput(officerId, { firstName: 'Jordan', lastName: 'Whitaker' });
  const client = await api(page, 'clients.intake', { ...intake, assignment: { ...intake.assignment, supervisionStartDate: day(-40) } });
  await openMainPage(page, 'Caseload', 'Caseload');
  await openMainPage(page, 'Home', `Welcome, ${OFFICER.fullName}`);
  const overdue = dashboardSection(page, 'Overdue contacts');
  await expect(overdue.getByRole('row', { name: /Whitaker, Jordan/ })).toContainText('Overdue');
  await expect(overdue).toContainText(/first face-to-face contact: overdue/i);

  // The fortnightly office check-in, booked on the calendar.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await page.getByRole('button', { name: 'New appointment' }).click();
  let dialog = page.getByRole('dialog', { name: 'New appointment' });
  await dialog.getByRole('combobox', { name: 'Client' }).fill('Whit');
  await page.getByRole('option', { name: /Whitaker, Jordan/ }).click();
  // A home visit goes to where the client lives, chosen for the officer; back to an office visit, the room returns.
  await choose(page, dialog, 'Type', 'Home visit');
  await expect(dialog.getByLabel('Location')).toHaveValue("Client's address");
  await expect(dialog.getByLabel('Address')).not.toHaveValue('');
  await choose(page, dialog, 'Type', 'Office visit');
  await expect(dialog.getByLabel('Room')).toBeVisible();
  await dialog.getByLabel('Start').fill(FIRST);
  await dialog.getByLabel('End').fill(`${day(-28)}T09:30`);
  await dialog.getByLabel('Room').fill('Room 2');
  await dialog.getByRole('switch', { name: 'Repeats' }).check();
  // A series repeats weekly until a date three months on unless the officer says otherwise.
  await expect(dialog.getByLabel('Every')).toHaveValue('1');
  await expect(dialog.getByLabel('Last date')).toHaveValue(dayjs(FIRST).add(3, 'month').format('YYYY-MM-DD'));
  await dialog.getByLabel('Every').fill('2');
  await dialog.getByText('After a number of times').click();
  await dialog.getByLabel('Number of appointments').fill('4');
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('4 appointments saved.')).toBeVisible();
  await dismissNotifications(page);

  // Week view: today's occurrence; month view: every occurrence of this month.
  // Each block names the client whole, then what it is.
  const events = page.locator('.schedule-calendar .rbc-event', { hasText: 'Jordan Whitaker' }).filter({ hasText: 'Office visit' });
  await expect(events).toHaveCount(1);
  await page.screenshot({ path: shot('week-view.png'), fullPage: true });
  await page.getByRole('button', { name: 'Month' }).click();
  const inMonth = [-28, -14, 0, 14].filter((offset) => dayjs().add(offset, 'day').isSame(dayjs(), 'month')).length;
  await expect(events).toHaveCount(inMonth);
  await page.getByRole('button', { name: 'Week' }).click();

  // A unit meeting over today's check-in: the double-booking is shown before anything is saved.
  await page.getByRole('button', { name: 'New appointment' }).click();
  dialog = page.getByRole('dialog', { name: 'New appointment' });
  await choose(page, dialog, 'Type', 'Other');
  await dialog.getByLabel('Title').fill('Unit meeting');
  await dialog.getByLabel('Start').fill(`${day(0)}T09:00`);
  await dialog.getByLabel('End').fill(`${day(0)}T10:00`);
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  const conflicts = dialog.getByRole('alert').filter({ hasText: 'The officer is already booked at this time' });
  await expect(conflicts).toContainText('office visit with Jordan Whitaker');
  await page.screenshot({ path: shot('double-booking.png') });
  await dialog.getByRole('button', { name: 'Book anyway' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.schedule-calendar .rbc-event', { hasText: 'Unit meeting' })).toHaveCount(1);

  // The first check-in was attended: its draft note opens in the contact log; written up and signed, it counts.
  await recordOutcome(page, FIRST, 'Attended – complied');
  const title = noteTitle('Office visit', FIRST);
  const card = noteCard(page, title);
  await expect(card).toContainText('Draft');
  await card.getByRole('button', { name: `Edit: ${title}` }).click();
  dialog = page.getByRole('dialog', { name: 'Edit draft contact' });
  await dialog.getByLabel('Narrative').fill('Reported as directed; employment letter seen.');
  await dialog.getByRole('button', { name: 'Save draft' }).click();
  await expect(dialog).toBeHidden();
  await card.getByRole('button', { name: `Sign: ${title}` }).click();
  await page.getByRole('dialog', { name: 'Sign this note?' }).getByRole('button', { name: 'Sign note' }).click();
  await expect(card).toContainText('Signed by Olly Officer');
  await dismissNotifications(page);

  // The second was missed: the app offers to record a violation and leads to the client's violations.
  await recordOutcome(page, SECOND, 'Failed to attend');
  const prompt = page.getByRole('dialog', { name: 'Record a violation?' });
  await expect(prompt).toContainText('Jordan Whitaker failed to attend');
  await prompt.getByRole('button', { name: 'Record a violation' }).click();
  await expect(page.getByRole('tab', { name: 'Violations', selected: true })).toBeVisible();
  await expect(noteCard(page, noteTitle('Office visit', SECOND))).toHaveCount(0);

  // The dashboard: first contact made, no outcome left to record, today's check-in and meeting listed.
  await openMainPage(page, 'Home', `Welcome, ${OFFICER.fullName}`);
  await expect(overdue).toContainText('No client is overdue for contact.');
  await expect(dashboardSection(page, 'Outcomes to record')).toContainText('Every past appointment has its outcome.');
  await expect(dashboardSection(page, 'Today')).toContainText('Office visit · Jordan Whitaker');
  await expect(dashboardSection(page, 'Today')).toContainText('Other · Unit meeting');
  await page.screenshot({ path: shot('dashboard.png'), fullPage: true });

  // The .ics export of the five weeks, read back with ical.js.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  // Two weeks back, the missed check-in says so in words, not in color alone.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.schedule-calendar .rbc-event', { hasText: 'Jordan Whitaker' })).toContainText('✗ Missed');
  await expectAccessible(page, 'calendar week with a missed appointment');
  await page.getByRole('button', { name: 'Today' }).click();
  await page.getByRole('button', { name: 'Export .ics' }).click();
  dialog = page.getByRole('dialog', { name: 'Export to a calendar file (.ics)' });
  await dialog.getByLabel('From').fill(day(-30));
  await dialog.getByLabel('To').fill(day(20));
  let downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export .ics' }).click();
  const ics = await downloading;
  const icsFile = test.info().outputPath(ics.suggestedFilename());
  await ics.saveAs(icsFile);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(icsFile, 'utf8')));
  // The check-ins are one event with their rule (RRULE), expanded here as a calendar program does; the meeting is an event of its own.
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(2);
  const parsed = vevents.flatMap((component) => {
    const event = new ICAL.Event(component);
    if (!event.isRecurring()) return [[event.summary, event.startDate.toString().slice(0, 16)]];
    const starts: string[][] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) starts.push([event.summary, next.toString().slice(0, 16)]);
    return starts;
  });
  expect(parsed.sort()).toEqual(
    [...[-28, -14, 0, 14].map((offset) => [`Office visit: Jordan Whitaker (${client.caseNumber})`, `${day(offset)}T09:00`]), ['Other: Unit meeting', `${day(0)}T09:00`]].sort(),
  );

  // Tomorrow's home visit on the field-day itinerary, exported as Word and read back by LibreOffice.
  const { addresses } = await api(page, 'clients.get', { clientId: client.id });
  const home = addresses.find((address) => address.kind === 'residence')!;
  await api(page, 'appointments.create', {
    appointment: { type: 'home_visit', clientId: client.id, officerId, start: `${day(1)}T10:00`, end: `${day(1)}T10:45`, locationKind: 'client_address', addressId: home.id },
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Field-day itinerary' }).click();
  await page.getByLabel('Day').fill(day(1));
  await expect(page.getByRole('article', { name: '10:00 Home visit' })).toContainText(home.line1);
  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .docx' }).click();
  const docx = await downloading;
  const docxFile = test.info().outputPath(docx.suggestedFilename());
  await docx.saveAs(docxFile);
  expect(validateDocx(docxFile)).toMatchObject({ status: 0 });
  const printed = pdfText(convertWithLibreOffice(docxFile, path.dirname(docxFile)));
  for (const phrase of ['CONFIDENTIAL', 'Field-Day Itinerary', 'Olly Officer', 'Home visit', 'Jordan']) expect(printed).toContain(phrase);
});
