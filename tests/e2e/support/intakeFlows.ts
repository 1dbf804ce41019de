import { expectAccessibleOnce } from './accessibility';
import { expect, type Page } from './appFixture';
import { choose, openMainPage } from './flows';

type Scope = Page | ReturnType<Page['locator']>;

/** A person to take in; the same name and date of birth twice is what the duplicate check looks for. */
export interface Person {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: 'Female' | 'Male';
}

/** The step on screen, by its heading. */
export async function expectIntakeStep(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expectAccessibleOnce(page, `intake step: ${title}`);
}

export async function nextIntakeStep(page: Page, title: string) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectIntakeStep(page, title);
}

export async function fillIdentity(page: Page, person: Person) {
  const name = page.getByRole('group', { name: 'Name' });
  await name.getByLabel('First name').fill(person.firstName);
  await name.getByLabel('Last name').fill(person.lastName);
  const description = page.getByRole('group', { name: 'Date of birth and description' });
  await description.getByLabel('Date of birth').fill(person.dateOfBirth);
  await choose(page, description, 'Sex', person.sex);
}

/** The one offense a court case needs at the least. */
export async function fillCourtCase(page: Page, docketNumber: string, offence: string) {
  const order = page.getByRole('group', { name: 'Court order' });
  await order.getByLabel('Docket number').fill(docketNumber);
  await order.getByLabel('Court', { exact: true }).fill('Riverside County Court of Common Pleas');
  const first = page.getByRole('group', { name: 'Offense 1' });
  await first.getByLabel('Offense description').fill(offence);
  await choose(page, first, 'Offense class', 'Felony');
}

/** Answers every screening item (on the page or in a dialog): the answer at `choices[item number]`, else the first. */
export async function answerScreening(scope: Scope, choices: Record<number, number> = {}) {
  const items = scope.getByRole('radiogroup');
  const count = await items.count();
  for (let index = 0; index < count; index++) {
    await items
      .nth(index)
      .getByRole('radio')
      .nth(choices[index + 1] ?? 0)
      .check();
  }
}

/**
 * A minimal but complete intake, from the identity step to the review: name, one address, a court case, a
 * screening; `officer` is chosen on the assignment step (supervisors and administrators assign someone), and
 * `supervisionStart` replaces today as the date supervision began.
 */
export async function fillMinimalIntake(page: Page, person: Person, docketNumber: string, officer?: string, supervisionStart?: string) {
  await expectIntakeStep(page, 'Identity and photo');
  await fillIdentity(page, person);
  await nextIntakeStep(page, 'Addresses');
  await fillIntakeAfterIdentity(page, docketNumber, officer, supervisionStart);
}

/** The rest of the minimal intake, from the addresses step to the review. */
export async function fillIntakeAfterIdentity(page: Page, docketNumber: string, officer?: string, supervisionStart?: string) {
  const address = page.getByRole('group', { name: 'Address 1' });
  await address.getByLabel('Street address').fill('7 Mill Lane');
  await address.getByLabel('City or town').fill('Riverside');
  await nextIntakeStep(page, 'Family, employer and other contacts');
  await nextIntakeStep(page, 'Court case, offenses and conditions');
  await fillCourtCase(page, docketNumber, 'Theft');
  await nextIntakeStep(page, 'Background');
  await nextIntakeStep(page, 'Risk and needs screening');
  await answerScreening(page);
  await nextIntakeStep(page, 'Assignment and supervision level');
  if (officer) await choose(page, page, 'Assigned officer', officer);
  if (supervisionStart) await page.getByLabel('Supervision start date').fill(supervisionStart);
  await nextIntakeStep(page, 'Review and create');
}

/** Takes the person in through the minimal intake and waits for their new profile; returns the client's id. */
export async function takeInClient(page: Page, person: Person, docketNumber: string, officer?: string): Promise<number> {
  await openMainPage(page, 'New intake', 'New intake');
  await fillMinimalIntake(page, person, docketNumber, officer);
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${person.firstName} ${person.lastName}` })).toBeVisible();
  return Number(/\/clients\/(\d+)/.exec(page.url())?.[1]);
}

/** A small photo made by the browser itself (nothing is fetched): a face-sized block of colour as a PNG. */
export async function makePhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 1200;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = '#8aa4c8';
    context.fillRect(0, 0, 900, 1200);
    context.fillStyle = '#e8c39e';
    context.beginPath();
    context.ellipse(450, 500, 260, 340, 0, 0, Math.PI * 2);
    context.fill();
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
}
