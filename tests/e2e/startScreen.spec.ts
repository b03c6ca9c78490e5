import { expect, test, type Page } from '@playwright/test';
import { urgentAction } from './support/cases';
import { collectCspViolations } from './support/cspViolations';
import { waitForServiceWorkerControl } from './support/serviceWorker';

/** The addresses whose screen a later start would show, as the service worker holds them. */
const keptAddresses = (page: Page) =>
  page.evaluate(async () => {
    const addresses: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith('carta-start-screen ')) continue;
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        addresses.push(url.pathname + url.search);
      }
    }
    return addresses;
  });

/**
 * A later start, offline, on a phone so slow that none of the app's code has run yet: what the
 * service worker's page paints by itself.
 */
async function startBeforeTheAppsCode(page: Page, path: string, look: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  try {
    await page.goto(path);
    await look();
  } finally {
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    await cdp.detach();
  }
}

test('a later start shows at once the screen the member left, and never one they left for another', async ({
  page,
  context,
}) => {
  const violations = collectCspViolations(page);
  await page.goto('/');
  const cards = page.locator('.case-card-title');
  await expect(cards.first()).toBeVisible();
  await waitForServiceWorkerControl(page);
  await expect.poll(() => keptAddresses(page)).toEqual(['/']);
  const titles = await cards.allTextContents();
  await context.setOffline(true);

  await startBeforeTheAppsCode(page, '/', async () => {
    // The list as the member left it, in the frame, inert until the app replaces it.
    await expect(page.locator('#root .app-main[inert] .case-card-title')).toHaveText(titles);
    await expect(page.locator('#root .skeleton-card')).toHaveCount(0);
  });
  // Served once: only a screen still open writes it again.
  await expect.poll(() => keptAddresses(page)).toEqual([]);

  // With its code, the app takes over: its own list answers a tap.
  await page.goto('/');
  await expect(page.locator('#root [inert]')).toHaveCount(0);
  await page.getByRole('link', { name: urgentAction.title.en }).click();
  await expect(page.getByRole('heading', { level: 1, name: urgentAction.title.en })).toBeVisible();
  // The list is left: only the case page, where the member now is, would show at a start.
  await expect.poll(() => keptAddresses(page)).toEqual([urgentAction.path]);

  await startBeforeTheAppsCode(page, '/', async () => {
    await expect(page.locator('#root .skeleton-card')).toHaveCount(3);
    await expect(page.locator('.case-card-title')).toHaveCount(0);
  });
  await startBeforeTheAppsCode(page, urgentAction.path, async () => {
    await expect(page.locator('#root .app-main[inert] h1')).toHaveText(urgentAction.title.en);
  });

  expect(violations).toEqual([]);
});
