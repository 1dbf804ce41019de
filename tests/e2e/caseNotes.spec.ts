import dayjs from 'dayjs';
import { formatDate } from '../../electron/api/format/dateFormats';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/appFixture';
import { fillHomeVisit, fillPositiveTest, noteCard, noteTitle } from './support/caseNoteFlows';
import { OFFICER, choose, createUser, dismissNotifications, openAdminPage, openMainPage, setUpOffice, signInAsOfficerFirstTime } from './support/flows';
import { fillMinimalIntake, type Person } from './support/intakeFlows';

const JORDAN: Person = { firstName: 'Jordan', lastName: 'Whitaker', dateOfBirth: '1990-04-12', sex: 'Male' };
const YESTERDAY = dayjs().subtract(1, 'day').format('YYYY-MM-DD');
const VISIT_AT = `${YESTERDAY}T18:30`;
const VISIT = noteTitle('Home visit', VISIT_AT);
const SANCTION = 'Weekend reporting centre';

test('an officer records a home visit, a positive drug test and its violation, signs the note, corrects it by addendum and finds it with Ctrl+K', async ({ page }) => {
  test.setTimeout(600_000);
  const shot = (name: string) => test.info().outputPath(name);

  // The administrator adds a graduated sanction to the office's list, then creates the officer.
  await setUpOffice(page);
  await openAdminPage(page, 'Office settings');
  const enforcement = page.getByRole('region', { name: 'Violations and sanctions' });
  await enforcement.getByLabel('Graduated sanctions').fill(SANCTION);
  await enforcement.getByLabel('Graduated sanctions').press('Enter');
  await enforcement.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enforcement lists saved.')).toBeVisible();
  await expectAccessible(page, 'office settings with enforcement lists');
  await createUser(page, OFFICER);
  await signInAsOfficerFirstTime(page);
  await openMainPage(page, 'New intake', 'New intake');
  // Supervision began last week, so yesterday's home visit is the first contact the standards count.
  await fillMinimalIntake(page, JORDAN, 'CR-2024-00871', undefined, dayjs().subtract(7, 'day').format('YYYY-MM-DD'));
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Whitaker' })).toBeVisible();

  // From the caseload: a home visit. The checklist must be answered before it is saved; nothing typed is lost.
  await openMainPage(page, 'Caseload', 'Caseload');
  await page.getByRole('button', { name: 'New contact with Whitaker, Jordan' }).click();
  let dialog = page.getByRole('dialog', { name: 'New contact' });
  await expect(dialog).toContainText('Client: Whitaker, Jordan');
  await choose(page, dialog, 'Contact type', 'Home visit');
  await dialog.getByLabel('Narrative').fill('Unannounced evening visit.');
  await dialog.getByRole('button', { name: 'Save draft' }).click();
  await expect(dialog.getByText('Answer: was the residence verified?')).toBeVisible();
  await expect(dialog.getByText('Choose the outcome of the contact.')).toBeVisible();
  await expect(dialog.getByLabel('Narrative')).toHaveValue('Unannounced evening visit.');
  await expectAccessible(page, 'new contact dialog with errors');
  await fillHomeVisit(page, dialog, {
    contactAt: VISIT_AT,
    othersPresentWho: 'His sister Tanya',
    narrative: [
      'Unannounced evening visit. Jordan was home before curfew; a budgerigar cage stood by the window of the living room.',
      'His sister Tanya confirmed he has been home every evening this week.',
      'Walked through the kitchen, the living room and his bedroom; nothing of concern.',
      'He showed the letter from the warehouse offering him more shifts from next month.',
      'We went over the curfew hours again and the conditions about alcohol.',
      'Next visit planned within the month, unannounced.',
    ].join('\n'),
  });
  await page.screenshot({ path: shot('new-home-visit.png'), fullPage: true });
  await dialog.getByRole('button', { name: 'Save draft' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);

  // On the profile's contact log: a draft with its checklist.
  await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: 'Whitaker, Jordan' }).click();
  await page.getByRole('tab', { name: 'Contact log' }).click();
  const card = noteCard(page, VISIT);
  await expect(card).toContainText('Draft');
  await expect(card).toContainText('by Olly Officer');
  const checklist = card.getByRole('region', { name: 'Home-visit checklist' });
  await expect(checklist).toContainText('Residence verified');
  await expect(checklist).toContainText('Yes: His sister Tanya');
  await expect(checklist).toContainText('None observed');
  await expect(checklist).toContainText('2 taken');
  // The long narrative folds to its first lines until asked for in full.
  const more = card.getByRole('button', { name: `Show more: ${VISIT}` });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(card.getByRole('button', { name: `Show less: ${VISIT}` })).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByText(/Next visit planned within the month/)).toBeVisible();
  // The record's header is a few lines: its tabs, in one row, start high on the screen.
  const tabs = await page.getByRole('tablist', { name: 'Parts of the record' }).boundingBox();
  expect(tabs!.y + tabs!.height).toBeLessThan(280);
  await expectAccessible(page, 'contact log with a draft');

  // A urine test positive for cocaine, recorded in that note: the app offers to record the violation.
  await page.getByRole('region', { name: 'Drug tests' }).getByRole('button', { name: 'Record drug test' }).click();
  dialog = page.getByRole('dialog', { name: 'Record drug test' });
  await fillPositiveTest(page, dialog, { collectedAt: `${YESTERDAY}T18:45`, substance: 'cocaine', noteTitle: VISIT });
  await expectAccessible(page, 'drug test dialog');
  await page.screenshot({ path: shot('drug-test.png') });
  await dialog.getByRole('button', { name: 'Save drug test' }).click();
  const prompt = page.getByRole('dialog', { name: 'Record a violation?' });
  await expect(prompt).toContainText('positive (cocaine positive)');
  await expectAccessible(page, 'violation prompt');
  await prompt.getByRole('button', { name: 'Record violation' }).click();

  // The violation comes linked to the test and its note, on the drug-testing condition; the officer gives a written warning.
  dialog = page.getByRole('dialog', { name: 'Record violation' });
  await expect(dialog.getByRole('combobox', { name: 'Condition violated' })).toHaveValue(/Drug testing: Submit to drug and alcohol testing/);
  await expect(dialog.getByLabel('Description')).toHaveValue(/Urine test, .*: positive \(cocaine positive\)/);
  await choose(page, dialog, 'Severity', 'moderate');
  await choose(page, dialog, 'Response', 'Written warning');
  await dialog.getByLabel('Details').fill('Warned in writing that a further positive test will be reported to the court.');
  await expectAccessible(page, 'violation dialog');
  await page.screenshot({ path: shot('violation.png') });
  await dialog.getByRole('button', { name: 'Save violation' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  await expect(card.getByRole('region', { name: 'Drug tests' })).toContainText('Urine test');
  await expect(page.getByRole('table', { name: 'Drug tests' })).toContainText('cocaine positive');
  // Its violation is recorded: the test no longer offers a second one.
  await expect(page.getByRole('table', { name: 'Drug tests' })).toContainText('Violation recorded');
  await expect(page.getByRole('table', { name: 'Drug tests' }).getByRole('button', { name: /^Record violation/ })).toHaveCount(0);

  // Signed, the note can no longer be edited or deleted: "Edit" explains and leads to an addendum.
  // The draft does not count as the first contact; once signed, the profile's banner says so at once.
  const standards = page.getByRole('region', { name: 'Contact standards' });
  await expect(standards).toContainText(/first face-to-face contact/i);
  await card.getByRole('button', { name: `Sign: ${VISIT}` }).click();
  dialog = page.getByRole('dialog', { name: 'Sign this note?' });
  await dialog.getByRole('button', { name: 'Sign note' }).click();
  await expect(card).toContainText('Signed by Olly Officer');
  await expect(standards).not.toContainText(/first face-to-face contact/i);
  await dismissNotifications(page);
  await expect(card.getByRole('button', { name: `Delete: ${VISIT}` })).toHaveCount(0);
  await card.getByRole('button', { name: `Edit: ${VISIT}` }).click();
  dialog = page.getByRole('dialog', { name: 'This note is signed' });
  await expect(dialog).toContainText('can no longer be edited or deleted');
  await expectAccessible(page, 'signed note explanation');
  await dialog.getByRole('button', { name: 'Add addendum' }).click();
  dialog = page.getByRole('dialog', { name: 'Add addendum' });
  await dialog.getByLabel('Addendum').fill('Correction: the sister present was Tanya Whitaker, aged 17, who lives at the address.');
  await dialog.getByRole('button', { name: 'Save addendum' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  await expect(card.getByRole('region', { name: 'Addenda' })).toContainText('Tanya Whitaker, aged 17');
  await expect(card.getByRole('region', { name: 'Addenda' })).toContainText('Addendum by Olly Officer');
  await expectAccessible(page, 'contact log with a signed note and an addendum');
  await page.screenshot({ path: shot('contact-log.png'), fullPage: true });

  // The violation's history, and a further response from the office's own sanctions.
  await page.getByRole('tab', { name: 'Violations' }).click();
  const violation = page.getByRole('article', { name: `Violation of ${formatDate(YESTERDAY)}` });
  await expect(violation).toContainText('Written warning');
  await expect(violation).toContainText('Responded');
  await expect(violation).toContainText('moderate');
  await expect(violation).toContainText(VISIT);
  await violation.getByRole('button', { name: /^Record response/ }).click();
  dialog = page.getByRole('dialog', { name: 'Record response' });
  await choose(page, dialog, 'Response', 'Graduated sanction');
  await choose(page, dialog, 'Sanction', SANCTION);
  await dialog.getByRole('button', { name: 'Save response' }).click();
  await expect(dialog).toBeHidden();
  await expect(violation.getByRole('region', { name: 'Responses' })).toContainText(`Graduated sanction (${SANCTION})`);
  await expectAccessible(page, 'violations tab');
  await page.screenshot({ path: shot('violations.png'), fullPage: true });

  // Ctrl+K from another page finds the note by a word of its narrative, and by one of its addendum.
  await openMainPage(page, 'Home', `Welcome, ${OFFICER.fullName}`);
  await page.keyboard.press('Control+K');
  const spotlight = page.getByRole('dialog', { name: 'Search clients and notes' });
  await spotlight.getByRole('textbox', { name: 'Search clients and notes' }).fill('budgerig');
  const result = spotlight.getByRole('button', { name: new RegExp(`Jordan Whitaker: ${VISIT}`) });
  await expect(result).toContainText('budgerigar');
  await expectAccessible(page, 'search spotlight');
  await page.screenshot({ path: shot('spotlight.png') });
  await spotlight.getByRole('textbox', { name: 'Search clients and notes' }).fill('tanya aged');
  await expect(result).toContainText('found in an addendum');
  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Whitaker' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Contact log' })).toHaveAttribute('aria-selected', 'true');
  await expect(card).toHaveAttribute('data-highlighted', 'true');
  await expect(card).toBeInViewport();
  await expectAccessible(page, 'contact log opened at a search result');
});
