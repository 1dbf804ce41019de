import { formatDateTime } from '../../../electron/api/format/dateFormats';
import { expect, type Page } from './appFixture';
import { choose } from './flows';

type Scope = Page | ReturnType<Page['locator']>;

/** How the app names a note: "Home visit, Mar 3, 2025, 18:30" for a contact at 2025-03-03T18:30. */
export const noteTitle = (type: string, contactAt: string) => `${type}, ${formatDateTime(contactAt)}`;

/** A note in the contact log, by its title. */
export const noteCard = (page: Page, title: string) => page.getByRole('article', { name: title });

/** Answers a yes/no question (a radio group named by the question). */
export async function answer(scope: Scope, question: string, choice: string) {
  await scope.getByRole('radiogroup', { name: question }).getByRole('radio', { name: choice, exact: true }).check();
}

export interface HomeVisit {
  contactAt: string;
  narrative: string;
  othersPresentWho: string;
}

/** Fills the "New contact" dialog for a home visit that went as it should, checklist included. */
export async function fillHomeVisit(page: Page, dialog: Scope, visit: HomeVisit) {
  await choose(page, dialog, 'Contact type', 'Home visit');
  await dialog.getByLabel('Date and time').fill(visit.contactAt);
  await dialog.getByLabel('Duration (minutes)').fill('40');
  await dialog.getByLabel('Location').fill('7 Mill Lane, Riverside');
  await dialog.getByLabel('People present').fill(`Client; ${visit.othersPresentWho}`);
  await choose(page, dialog, 'Outcome', 'Attended – complied');
  const checklist = dialog.getByRole('group', { name: 'Home-visit checklist' });
  await answer(checklist, 'Residence verified', 'Yes');
  await answer(checklist, 'Client present', 'Yes');
  await answer(checklist, 'Others present', 'Yes');
  // Who else was there is not asked again: it starts as "People present" less the client.
  await expect(checklist.getByLabel('Who else was present')).toHaveValue(visit.othersPresentWho);
  await answer(checklist, 'Contraband, drugs or weapons observed', 'No');
  await answer(checklist, 'Curfew kept', 'Yes');
  await checklist.getByLabel('Living conditions').fill('Clean; own bedroom; food in the kitchen.');
  await checklist.getByLabel('Photos taken').fill('2');
  await dialog.getByLabel('Narrative').fill(visit.narrative);
  await dialog.getByLabel('Tags').fill('curfew');
  await dialog.getByLabel('Tags').press('Enter');
}

/** Fills the "Record drug test" dialog: a urine test with one substance positive, the rest of the usual panel negative, recorded in a note. */
export async function fillPositiveTest(page: Page, dialog: Scope, test: { collectedAt: string; substance: string; noteTitle: string }) {
  await choose(page, dialog, 'Method', 'Urine');
  await dialog.getByLabel('Collected at').fill(test.collectedAt);
  await choose(page, dialog, `Result: ${test.substance}`, 'Positive');
  await choose(page, dialog, 'Recorded in note', test.noteTitle);
}
