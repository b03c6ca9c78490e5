import { expect, test } from '@playwright/test';
import { urgentAction } from './support/cases';
import { serverIsReachable, waitForServiceWorkerControl } from './support/serviceWorker';

test('after one visit, a member reads UA 105.22 offline, from the list, a deep link and in Spanish', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  // Proves the phone is really cut off, service worker included, before relying on it.
  expect(await serverIsReachable(page)).toBe(false);

  await page.reload();
  const list = page.getByRole('main');
  await expect(list.getByText(urgentAction.reference)).toBeVisible();
  await list.getByRole('link', { name: urgentAction.title.en }).click();
  await expect(page).toHaveURL(urgentAction.path);
  const caseTitle = page.getByRole('heading', { level: 1, name: urgentAction.title.en });
  await expect(caseTitle).toBeVisible();

  await page.reload();
  await expect(caseTitle).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // Spanish was never shown while online, so its strings can only come from the precache.
  await page.getByRole('radio', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
});
