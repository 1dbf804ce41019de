import dayjs from 'dayjs';
import { expectAccessible } from './support/accessibility';
import { expect, test } from './support/appFixture';
import {
  OFFICER,
  OFFICER_PASSWORD,
  choose,
  createUser,
  dismissNotifications,
  openMainPage,
  setUpOffice,
  signIn,
  signInAsNewOfficer,
  signInAsOfficerFirstTime,
  signOut,
} from './support/flows';
import { answerScreening, expectIntakeStep, fillCourtCase, fillIdentity, fillMinimalIntake, makePhoto, nextIntakeStep, type Person } from './support/intakeFlows';

const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');
const JORDAN: Person = { firstName: 'Jordan', lastName: 'Whitaker', dateOfBirth: '1990-04-12', sex: 'Male' };
const CASE_NUMBER = new RegExp(`PD-${dayjs().year()}-00001`);

test('an officer takes in a client with every part, then finds them on the caseload and opens the profile', async ({ page }) => {
  test.setTimeout(360_000);
  await signInAsNewOfficer(page);
  await openMainPage(page, 'New intake', 'New intake');
  await expectIntakeStep(page, 'Identity and photo');

  // Identity, with a date of birth in the future first: the step refuses it and keeps the rest.
  await fillIdentity(page, { ...JORDAN, dateOfBirth: day(30) });
  await page.getByRole('group', { name: 'Contact and language' }).getByLabel('Phone').fill('555-0142');
  await page.getByLabel('Photo').setInputFiles({ name: 'jordan.png', mimeType: 'image/png', buffer: await makePhoto(page) });
  await expect(page.getByRole('img', { name: 'Photo preview' })).toBeVisible();
  await page.getByRole('button', { name: 'Add identifier' }).click();
  const identifier = page.getByRole('group', { name: 'Identifier 1' });
  await choose(page, identifier, 'Identifier type', 'State ID');
  await identifier.getByLabel('Number').fill('S-1234-5678');
  await page.getByLabel('Safety alerts').fill('Large dog at the address.');
  // Height and weight in the office's units (US by default); 14 inches is not a height.
  const description = page.getByRole('group', { name: 'Date of birth and description' });
  await description.getByLabel('Height (ft)').fill('5');
  await description.getByLabel('(in)').fill('14');
  await description.getByLabel('Weight (lb)').fill('180');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('The date of birth cannot be in the future.')).toBeVisible();
  await expect(description.getByText('Inches go from 0 to 11.')).toBeVisible();
  await description.getByLabel('(in)').fill('11');
  await expect(page.getByRole('heading', { level: 2, name: 'Identity and photo' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Name' }).getByLabel('First name')).toHaveValue(JORDAN.firstName);
  await expect(identifier.getByLabel('Number')).toHaveValue('S-1234-5678');
  await expectAccessible(page, 'intake identity step with an error');
  await page.getByRole('group', { name: 'Date of birth and description' }).getByLabel('Date of birth').fill(JORDAN.dateOfBirth);
  await page.screenshot({ path: test.info().outputPath('intake-stepper.png'), fullPage: true });

  // Two addresses: where Jordan lives now, and where he lived before.
  await nextIntakeStep(page, 'Addresses');
  const current = page.getByRole('group', { name: 'Address 1' });
  await current.getByLabel('Street address').fill('41 Elm Street');
  await current.getByLabel('City or town').fill('Riverside');
  await current.getByLabel('Moved in').fill('2021-06-01');
  await page.getByRole('button', { name: 'Add address' }).click();
  const past = page.getByRole('group', { name: 'Address 2' });
  await past.getByLabel('Street address').fill('9 Canal Road');
  await past.getByLabel('City or town').fill('Riverside');
  await past.getByLabel('Moved in').fill('2018-01-15');
  await past.getByLabel('Moved out').fill('2021-05-31');

  await nextIntakeStep(page, 'Family, employer and other contacts');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const employer = page.getByRole('group', { name: 'Contact 1' });
  await choose(page, employer, 'Kind of contact', 'Employer');
  await employer.getByLabel('Name').fill('Riverside Tyre & Auto');
  await employer.getByLabel('Relationship').fill('Employer (supervisor Dana)');
  await employer.getByLabel('Phone').fill('555-0190');

  // The court case, with a term that ends before it starts first.
  await nextIntakeStep(page, 'Court case, offenses and conditions');
  await fillCourtCase(page, 'CR-2024-00871', 'Burglary');
  const order = page.getByRole('group', { name: 'Court order' });
  await order.getByLabel('Judge').fill('Hon. R. Castillo');
  await order.getByLabel('Term start').fill(day(-20));
  await order.getByLabel('Term end').fill(day(-30));
  await page.getByRole('button', { name: 'Add offense' }).click();
  const second = page.getByRole('group', { name: 'Offense 2' });
  await second.getByLabel('Offense description').fill('Possession of burglary tools');
  await choose(page, second, 'Offense class', 'Misdemeanor');
  await page.getByRole('group', { name: 'Standard condition 10' }).getByLabel('Ordered by the court').uncheck();
  await page.getByRole('button', { name: 'Add special condition' }).click();
  const special = page.getByRole('group', { name: 'Special condition 1' });
  await special.getByLabel('Condition text').fill('Complete 80 hours of community service within 12 months.');
  await choose(page, special, 'Condition type', 'Community service');
  await special.getByLabel('Target amount').fill('80');
  await choose(page, special, 'Target counts', 'hours');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('The term must end after it starts; check the term end date.')).toBeVisible();
  await expect(order.getByLabel('Docket number')).toHaveValue('CR-2024-00871');
  await expect(special.getByLabel('Condition text')).toHaveValue(/80 hours/);
  await order.getByLabel('Term end').fill(day(700));

  await nextIntakeStep(page, 'Background');
  await page.getByLabel('Employment').fill('Tyre fitter, full-time since 2022.');
  await nextIntakeStep(page, 'Risk and needs screening');
  await answerScreening(page, { 1: 2, 4: 1, 9: 2 });
  await expect(page.getByLabel('Screening result')).toContainText('Score: 6');
  await expect(page.getByLabel('Screening result')).toContainText('Medium');
  await nextIntakeStep(page, 'Assignment and supervision level');
  await expect(page.getByRole('combobox', { name: 'Assigned officer' })).toHaveValue(/Olly Officer/);
  await expect(page.getByText('proposes medium supervision')).toBeVisible();

  // Back to the first step and forward again: nothing entered is lost.
  await page.getByRole('button', { name: 'Identity & photo' }).click();
  await expect(page.getByRole('group', { name: 'Name' }).getByLabel('Last name')).toHaveValue(JORDAN.lastName);
  for (const title of [
    'Addresses',
    'Family, employer and other contacts',
    'Court case, offenses and conditions',
    'Background',
    'Risk and needs screening',
    'Assignment and supervision level',
    'Review and create',
  ]) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  await expectAccessible(page, 'intake review');
  const review = page.getByRole('region', { name: 'Court case, offenses and conditions' });
  await expect(review).toContainText('CR-2024-00871');
  await expect(review).toContainText('Possession of burglary tools');
  await expect(review).toContainText('80 hours');
  await page.screenshot({ path: test.info().outputPath('intake-review.png'), fullPage: true });
  await page.getByRole('button', { name: 'Create client' }).click();

  // The profile: header, then a tab or two.
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Whitaker' })).toBeVisible();
  await expect(page.getByRole('main').getByText(CASE_NUMBER)).toBeVisible();
  const summary = page.getByRole('group', { name: 'Supervision summary' });
  await expect(summary).toContainText('Active');
  await expect(summary).toContainText('Medium');
  await expect(summary).toContainText(OFFICER.fullName);
  await expect(page.getByRole('main')).toContainText('5 ft 11 in');
  await expect(page.getByRole('main')).toContainText('180 lb');
  await expect(page.getByRole('note')).toContainText('Large dog at the address.');
  await expect(page.getByRole('img', { name: 'Photo of Jordan Whitaker' })).toBeVisible();
  await expectAccessible(page, 'client profile');
  await page.screenshot({ path: test.info().outputPath('client-profile.png'), fullPage: true });
  await page.getByRole('tab', { name: 'Court & conditions' }).click();
  await expect(page.getByRole('heading', { name: 'Docket CR-2024-00871' })).toBeVisible();
  const conditions = page.getByRole('table', { name: 'Conditions' });
  await expect(conditions.getByRole('row')).toHaveCount(1 + 9 + 1);
  await expect(conditions).toContainText('80 hours');
  await expectAccessible(page, 'client profile: court and conditions');
  await page.getByRole('tab', { name: 'Addresses' }).click();
  await expect(page.getByRole('table', { name: 'Current addresses' })).toContainText('41 Elm Street');
  await expect(page.getByRole('table', { name: 'Past addresses' })).toContainText('9 Canal Road');
  await expectAccessible(page, 'client profile: addresses');

  // The caseload finds Jordan by name and by the identifier.
  await openMainPage(page, 'Caseload', 'Caseload');
  await page.getByLabel('Search').fill('whit');
  const row = page.getByRole('table', { name: 'Clients' }).getByRole('row', { name: /Whitaker, Jordan/ });
  await expect(row).toContainText(CASE_NUMBER);
  await page.getByLabel('Search').fill('S12345678');
  await expect(row).toBeVisible();
  // The previous answer stays on screen until the new one arrives: check the page once it has.
  await expect(page.getByRole('table', { name: 'Clients' })).not.toHaveAttribute('aria-busy', 'true');
  await expectAccessible(page, 'caseload');
  await page.screenshot({ path: test.info().outputPath('caseload.png'), fullPage: true });
  await row.getByRole('link', { name: 'Whitaker, Jordan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Whitaker' })).toBeVisible();
  // The drafts saved at each step went with the intake that created the client.
  await openMainPage(page, 'Home', `Welcome, ${OFFICER.fullName}`);
  await expect(page.getByRole('region', { name: 'Intake drafts' })).toContainText('No unfinished intakes.');
  await expect(page.getByRole('region', { name: 'Your caseload' })).toContainText('1 active client on your caseload.');
});

test('a draft intake survives signing out and in, and resumes where it was left', async ({ page }) => {
  await signInAsNewOfficer(page);
  await openMainPage(page, 'New intake', 'New intake');
  await fillIdentity(page, JORDAN);
  await nextIntakeStep(page, 'Addresses');
  await page.getByRole('group', { name: 'Address 1' }).getByLabel('Street address').fill('41 Elm Street');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved. Resume it from the home page.')).toBeVisible();

  await signOut(page);
  await signIn(page, OFFICER.username, OFFICER_PASSWORD);
  const drafts = page.getByRole('region', { name: 'Intake drafts' });
  await expect(drafts).toContainText('Jordan Whitaker');
  await expectAccessible(page, 'home with a draft');
  await page.screenshot({ path: test.info().outputPath('home.png'), fullPage: true });
  await drafts.getByRole('link', { name: 'Resume Jordan Whitaker' }).click();
  await expectIntakeStep(page, 'Addresses');
  await expect(page.getByRole('group', { name: 'Address 1' }).getByLabel('Street address')).toHaveValue('41 Elm Street');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Name' }).getByLabel('First name')).toHaveValue(JORDAN.firstName);
  await expect(page.getByRole('group', { name: 'Date of birth and description' }).getByLabel('Date of birth')).toHaveValue(JORDAN.dateOfBirth);
});

test('taking in the same name and date of birth again warns of a likely duplicate', async ({ page }) => {
  test.setTimeout(300_000);
  await signInAsNewOfficer(page);
  await openMainPage(page, 'New intake', 'New intake');
  await fillMinimalIntake(page, JORDAN, 'CR-2024-00871');
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Whitaker' })).toBeVisible();

  // The check runs as the identity is typed, before the officer leaves the step, and the officer may carry on.
  await openMainPage(page, 'New intake', 'New intake');
  await fillIdentity(page, JORDAN);
  const alert = page.getByRole('status').filter({ hasText: 'This person may already be a client' });
  await expect(alert).toContainText('Whitaker, Jordan');
  await expect(alert).toContainText('Same name and date of birth');
  await expectIntakeStep(page, 'Identity and photo');
  await expectAccessible(page, 'duplicate alert on the identity step');
  await page.screenshot({ path: test.info().outputPath('duplicate-alert.png') });
  await alert.getByRole('button', { name: 'Review the match' }).click();
  const warning = page.getByRole('dialog', { name: 'This person may already be a client' });
  await expect(warning).toContainText('Whitaker, Jordan');
  await expect(warning).toContainText(CASE_NUMBER);
  await expect(warning).toContainText('Same name and date of birth');
  await expectAccessible(page, 'duplicate warning');
  await page.screenshot({ path: test.info().outputPath('duplicate-warning.png') });
  await warning.getByRole('button', { name: 'Not the same person: continue' }).click();
  await expectIntakeStep(page, 'Addresses');
  const address = page.getByRole('group', { name: 'Address 1' });
  await address.getByLabel('Street address').fill('7 Mill Lane');
  await address.getByLabel('City or town').fill('Riverside');
  await nextIntakeStep(page, 'Family, employer and other contacts');
  await nextIntakeStep(page, 'Court case, offenses and conditions');
  await fillCourtCase(page, 'CR-2025-00012', 'Theft');

  // The step list opens any step: from the court case (step 4) straight to the review, then back to the screening.
  const steps = page.getByRole('navigation', { name: 'Intake steps' });
  await steps.getByRole('button', { name: /Review/ }).click();
  await expectIntakeStep(page, 'Review and create');
  await expect(page.getByRole('region', { name: 'Court case, offenses and conditions' })).toContainText('CR-2025-00012');
  await steps.getByRole('button', { name: /Screening/ }).click();
  await expectIntakeStep(page, 'Risk and needs screening');
  await answerScreening(page);
  await nextIntakeStep(page, 'Assignment and supervision level');
  await nextIntakeStep(page, 'Review and create');

  // Asked again before creating: this time the officer opens the existing record.
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(warning).toContainText('Whitaker, Jordan');
  await warning.getByRole('button', { name: 'Open existing record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Whitaker' })).toBeVisible();
  await expect(page.getByRole('main').getByText(CASE_NUMBER)).toBeVisible();
  // The second intake is not lost: it waits in the drafts.
  await openMainPage(page, 'Home', `Welcome, ${OFFICER.fullName}`);
  await expect(page.getByRole('region', { name: 'Intake drafts' })).toContainText('Jordan Whitaker');
});

test('every part of the profile is edited with the same checks as the intake', async ({ page }) => {
  test.setTimeout(240_000);
  await signInAsNewOfficer(page);
  await openMainPage(page, 'New intake', 'New intake');
  await fillMinimalIntake(page, JORDAN, 'CR-2024-00871');
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Whitaker' })).toBeVisible();

  // Identity: a future date of birth is refused under the field; an alias is added.
  await page.getByRole('button', { name: 'Edit identity' }).click();
  let dialog = page.getByRole('dialog', { name: 'Edit identity' });
  await dialog.getByLabel('Date of birth').fill(day(10));
  await dialog.getByRole('button', { name: 'Add other name' }).click();
  await dialog.getByRole('group', { name: 'Other name 1' }).getByLabel('Last name or whole alias').fill('JJ');
  await expectAccessible(page, 'edit identity dialog');
  await dialog.getByRole('button', { name: 'Save identity' }).click();
  await expect(dialog.getByText('The date of birth cannot be in the future.')).toBeVisible();
  await dialog.getByLabel('Date of birth').fill(JORDAN.dateOfBirth);
  await dialog.getByRole('button', { name: 'Save identity' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  await expect(page.getByRole('region', { name: 'Other names' })).toContainText('Alias: JJ');

  await page.getByRole('button', { name: 'Add safety alert' }).click();
  dialog = page.getByRole('dialog', { name: 'Safety alerts' });
  await dialog.getByLabel('Safety alerts').fill('History of assault on staff.');
  await dialog.getByRole('button', { name: 'Save safety alerts' }).click();
  await expect(page.getByRole('note', { name: 'Safety alerts' })).toContainText('History of assault on staff.');

  // Addresses: verified, then moved out of (it stays as history), and a new one added.
  await page.getByRole('tab', { name: 'Addresses' }).click();
  await page.getByRole('button', { name: 'Mark verified: 7 Mill Lane, Riverside' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark verified' }).click();
  await expect(page.getByRole('table', { name: 'Current addresses' })).toContainText(`by ${OFFICER.fullName}`);
  await dismissNotifications(page);
  await page.getByRole('button', { name: 'Add address' }).click();
  dialog = page.getByRole('dialog', { name: 'Add address' });
  await dialog.getByLabel('Street address').fill('12 Orchard Way');
  await dialog.getByLabel('City or town').fill('Riverside');
  await dialog.getByLabel('Moved in').fill(day(-1));
  await dialog.getByRole('button', { name: 'Add address' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  await page.getByRole('button', { name: 'Moved out of 7 Mill Lane, Riverside' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Record move' }).click();
  await expect(page.getByRole('table', { name: 'Past addresses' })).toContainText('7 Mill Lane');
  await expect(page.getByRole('table', { name: 'Current addresses' })).toContainText('12 Orchard Way');
  await expectAccessible(page, 'profile addresses after changes');
  await page.screenshot({ path: test.info().outputPath('profile-addresses.png'), fullPage: true });

  // Associates: one added, then removed.
  await page.getByRole('tab', { name: 'Associates' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  dialog = page.getByRole('dialog', { name: 'Add contact' });
  await choose(page, dialog, 'Kind of contact', 'Family');
  await dialog.getByLabel('Name').fill('Maria Whitaker');
  await dialog.getByLabel('Relationship').fill('Mother');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('table', { name: 'Contacts' })).toContainText('Maria Whitaker');
  await dismissNotifications(page);
  await page.getByRole('button', { name: 'Remove Maria Whitaker' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove contact' }).click();
  await expect(page.getByRole('table', { name: 'Contacts' })).toContainText('No contacts recorded.');

  // Conditions: a special one added, then marked complied.
  await page.getByRole('tab', { name: 'Court & conditions' }).click();
  await page.getByRole('button', { name: 'Add condition' }).click();
  dialog = page.getByRole('dialog', { name: 'Add condition' });
  await choose(page, dialog, 'Condition type', 'Curfew');
  await dialog.getByLabel('Condition text').fill('Be at home between 22:00 and 06:00.');
  await dialog.getByRole('button', { name: 'Add condition' }).click();
  const conditions = page.getByRole('table', { name: 'Conditions' });
  const curfew = conditions.getByRole('row', { name: /22:00/ });
  await expect(curfew).toContainText('Not started');
  await dismissNotifications(page);
  await curfew.getByRole('button', { name: /^Set status/ }).click();
  await page.getByRole('menuitem', { name: 'Complied' }).click();
  await expect(curfew).toContainText('Complied');
  await expectAccessible(page, 'profile court and conditions after changes');
  await page.screenshot({ path: test.info().outputPath('profile-court.png'), fullPage: true });

  // A reassessment that overrides the proposed level needs a reason.
  await page.getByRole('tab', { name: 'Assessments' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  dialog = page.getByRole('dialog', { name: 'New assessment' });
  await answerScreening(dialog);
  await choose(page, dialog, 'Supervision level', 'High');
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(dialog.getByText('The screening proposes low supervision; give the reason for choosing high instead.')).toBeVisible();
  await expectAccessible(page, 'new assessment dialog');
  await page.screenshot({ path: test.info().outputPath('new-assessment.png') });
  await dialog.getByLabel('Override reason').fill('Victim lives two streets away.');
  await dialog.getByRole('button', { name: 'Save assessment' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  const history = page.getByRole('table', { name: 'Assessment history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history).toContainText('Victim lives two streets away.');
  await expect(page.getByRole('group', { name: 'Supervision summary' })).toContainText('High');

  // Closing the case needs a closure reason; an officer cannot reopen it.
  await page.getByRole('tab', { name: 'Status' }).click();
  await page.getByRole('button', { name: 'Change status' }).click();
  dialog = page.getByRole('dialog', { name: 'Change status' });
  await choose(page, dialog, 'New status', 'Closed');
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect(dialog.getByText('Choose why the case is closed.')).toBeVisible();
  await choose(page, dialog, 'Closure reason', 'Completed the term');
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  await expect(page.getByRole('table', { name: 'Status history' })).toContainText('Active → Closed');
  await expect(page.getByText('A supervisor or administrator can reopen it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change status' })).toHaveCount(0);
  await expectAccessible(page, 'profile status tab, closed');
});

test('an administrator takes in a client for an officer and transfers them from the caseload', async ({ page }) => {
  test.setTimeout(300_000);
  await setUpOffice(page);
  await createUser(page, OFFICER);
  await createUser(page, { fullName: 'Pat Parole', username: 'pat', role: 'officer', temporaryPassword: 'Granite-Meadow-Falcon-8' });
  await openMainPage(page, 'New intake', 'New intake');
  await fillMinimalIntake(page, JORDAN, 'CR-2024-00871', 'Olly Officer (officer)');
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('group', { name: 'Supervision summary' })).toContainText(OFFICER.fullName);

  await openMainPage(page, 'Caseload', 'Caseload');
  await expect(page.getByRole('radio', { name: 'Everyone' })).toBeChecked();
  const row = page.getByRole('table', { name: 'Clients' }).getByRole('row', { name: /Whitaker, Jordan/ });
  await expect(row).toContainText(OFFICER.fullName);
  await expectAccessible(page, 'caseload (administrator)');
  await row.getByRole('button', { name: 'Transfer Whitaker, Jordan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Transfer Whitaker, Jordan' });
  await choose(page, dialog, 'Transfer to', 'Pat Parole (officer)');
  await expectAccessible(page, 'transfer dialog');
  await dialog.getByRole('button', { name: 'Transfer client' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotifications(page);
  await expect(row).toContainText('Pat Parole');
  await page.getByRole('button', { name: /^Officer/ }).click();
  await expect(page.getByRole('columnheader', { name: /^Officer/ })).toHaveAttribute('aria-sort', 'ascending');

  // Jordan is now on Pat's caseload: Olly taking him in again is warned, but may not open Pat's record.
  await signInAsOfficerFirstTime(page);
  await openMainPage(page, 'New intake', 'New intake');
  await fillIdentity(page, JORDAN);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const warning = page.getByRole('dialog', { name: 'This person may already be a client' });
  await expect(warning).toContainText('Pat Parole');
  await warning.getByRole('button', { name: 'Open existing record' }).click();
  await expect(warning).toContainText('This client is not on your caseload. Ask the assigned officer or a supervisor.');
  await expectAccessible(page, 'duplicate warning with a refusal');
});
