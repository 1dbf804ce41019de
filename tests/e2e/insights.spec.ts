import dayjs from 'dayjs';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/api/contract';
import type { WindowApi } from '../../electron/api/windowApi';
import { fullIntakeInput } from '../fixtures/intakeInput';
import { expectAccessible } from './support/accessibility';
import { expect, test, type Page } from './support/appFixture';
import { openNavPage } from './support/caseRecordFlows';
import { changeTemporaryPassword, createUser, setUpOffice, signIn, signOut } from './support/flows';

const SUPERVISOR = { fullName: 'Sue Supervisor', username: 'sue', role: 'supervisor' as const, temporaryPassword: 'Harbor-Granite-Lantern-8' };
const SUPERVISOR_PASSWORD = 'Willow-Copper-Meadow-31';

/** Calls the app's own API from the page, to set up a record with more than a year of history. */
async function api<C extends Channel>(page: Page, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await page.evaluate(([name, value]) => (window as unknown as { api: WindowApi })['api'][name as C](value as never), [channel, input] as const);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

test('a supervisor follows a team figure to its clients, opens an eligible client and starts a termination report pre-filled', async ({ page }) => {
  test.setTimeout(600_000);
  await setUpOffice(page);
  await createUser(page, SUPERVISOR);
  await signOut(page);
  await signIn(page, SUPERVISOR.username, SUPERVISOR.temporaryPassword);
  await changeTemporaryPassword(page, SUPERVISOR.temporaryPassword, SUPERVISOR_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeVisible();

  // On the supervisor's own caseload: under supervision for 14 months, no violations or tests, nothing owed or to work off.
  const me = (await api(page, 'auth.status', {})) as { user: { id: number } };
  const input = fullIntakeInput(me.user.id, { firstName: 'Jordan', lastName: 'Whitaker' });
  const start = dayjs().subtract(14, 'month').format('YYYY-MM-DD');
  input.conditions = (input.conditions ?? []).filter((c) => c.kind === 'standard');
  input.screening = { ...input.screening, assessedOn: start };
  input.assignment = { ...input.assignment, supervisionStartDate: start };
  input.courtCases[0].termStart = start;
  const { id: clientId } = await api(page, 'clients.intake', input);
  await api(page, 'caseNotes.create', {
    clientId,
    sign: true,
    note: {
      contactType: 'office_visit',
      contactAt: dayjs().subtract(1, 'hour').format('YYYY-MM-DDTHH:mm'),
      outcome: 'attended_complied',
      narrative: 'Reported as directed.',
      location: 'Office',
      peoplePresent: 'Client',
      tags: [],
    },
  });

  await openNavPage(page, 'Insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Contacts made and required, per officer' });
  await expect(contacts.getByRole('img', { name: /Chart: Contacts made and required/ })).toBeVisible();
  await expectAccessible(page, 'team insights');

  await contacts.getByRole('link', { name: /contacts made, Sue Supervisor: show the clients/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Contacts made and required, per officer: Sue Supervisor/ })).toBeVisible();
  await expectAccessible(page, 'clients behind a figure');
  await page.getByRole('link', { name: 'Whitaker, Jordan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Jordan/ })).toBeVisible();

  await openNavPage(page, 'Opportunities');
  const card = page.getByRole('article', { name: /Jordan .*Whitaker/ });
  await expect(card).toContainText('Meets every criterion');
  await expect(card.getByRole('list', { name: /Criteria for/ })).toContainText('At least 12 months under supervision');
  await expectAccessible(page, 'opportunities');
  await card.getByRole('button', { name: 'Start termination report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Termination report/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /recommendation/i })).toHaveValue(/meets each of the office’s criteria for early discharge/);
});
