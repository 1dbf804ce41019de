import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe on the page as it is now; serious and critical violations fail the test, named with their elements. */
export async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `accessibility of ${where}`).toEqual([]);
}

const checkedInThisWorker = new Set<string>();

/**
 * For the screens the shared flows pass through in nearly every test (set-up, new user, intake steps): checked
 * the first time each worker shows them, since they look the same every time; an axe run costs seconds.
 */
export async function expectAccessibleOnce(page: Page, where: string) {
  if (checkedInThisWorker.has(where)) return;
  await expectAccessible(page, where);
  checkedInThisWorker.add(where);
}
