import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { urgentAction } from './support/cases';
import { TEST_JOIN_CODE } from './support/groupCodes';
import { waitForServiceWorkerControl } from './support/serviceWorker';
import { screenshotPath } from './support/screenshotPath';

// Totals are per group and every test shares the server's one group, so each story counts its own
// case and action type: the UA's letters, the association's emails, the petition's signatures.
const VICTIMS_CASE = '/cases/juliaca-victims-association';
const PETITION_CASE = '/cases/peru-repression-petition';

/** What the server holds, asked as any other client would: a device of its own, an empty push. */
async function serverTotals(request: APIRequestContext) {
  const joined = await request.post('/api/v1/join', {
    data: { code: TEST_JOIN_CODE, deviceName: 'Checker' },
  });
  expect(joined.status()).toBe(201);
  const { token } = (await joined.json()) as { token: string };
  const synced = await request.post('/api/v1/sync', {
    headers: { Authorization: `Bearer ${token}` },
    data: { cursor: null, push: [] },
  });
  expect(synced.status()).toBe(200);
  return ((await synced.json()) as { totals: Record<string, Record<string, number>> }).totals;
}

async function joinByLink(page: Page, deviceName: string) {
  await page.goto(`/join#code=${TEST_JOIN_CODE}`);
  await waitForServiceWorkerControl(page);
  await expect(page.getByLabel('Join code')).toHaveValue(TEST_JOIN_CODE);
  await page.getByLabel('Name for this phone').fill(deviceName);
  await page.getByRole('button', { name: 'Join group' }).click();
  await expect(page.getByText(/^You joined /)).toBeVisible();
  // The code has done its job and must not stay in the address bar or the history.
  expect(new URL(page.url()).hash).toBe('');
}

async function report(page: Page, type: string, times: number) {
  const more = page.getByRole('button', { name: `${type}: one more` });
  for (let i = 0; i < times; i += 1) await more.click();
  await expect(page.getByLabel(type, { exact: true })).toHaveValue(String(times));
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByText(/^Saved on this phone\. It goes to your group/)).toBeVisible();
}

function nav(page: Page, name = 'Main') {
  return page.getByRole('navigation', { name });
}

test('offline, 2 letters on UA 105.22 wait on the phone; back online they are delivered once and the group total shows', async ({
  page,
  context,
  request,
}) => {
  await joinByLink(page, 'Bus phone');
  await page.getByRole('link', { name: 'Go to the cases' }).click();

  await context.setOffline(true);
  await page.getByRole('link', { name: urgentAction.title.en }).click();
  await report(page, 'Letters', 2);
  await expect(nav(page).getByRole('link', { name: 'Activity, 1 waiting' })).toBeVisible();

  await nav(page).getByRole('link', { name: 'Activity, 1 waiting' }).click();
  const waiting = page.getByRole('region', { name: 'Waiting on this phone' });
  await expect(waiting.getByText('Saved on this phone', { exact: true })).toBeVisible();
  await expect(waiting.getByText(/UA 105\.22: 2 letters on/)).toBeVisible();

  // No reload: the `online` event alone must bring the delivery onto the screen.
  await context.setOffline(false);
  const delivered = page.getByRole('region', { name: 'Delivered' });
  await expect(delivered.getByText(/UA 105\.22: 2 letters on/)).toBeVisible();
  await expect(delivered.getByText(/^Delivered \d/)).toBeVisible();
  await expect(waiting.getByText('Saved on this phone', { exact: true })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Activity', exact: true })).toBeVisible();
  await expect(page.getByText(/^Last synced/)).toBeVisible();

  await nav(page).getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('link', { name: urgentAction.title.en }).click();
  const groupTotal = page.getByRole('heading', { name: "Your group's total" }).locator('..');
  await expect(groupTotal.getByText('2 letters', { exact: true })).toBeVisible();

  const totals = await serverTotals(request);
  expect(totals['ua-105-22']?.letter).toBe(2);
});

test('two tabs save reports offline and deliver them together, each exactly once', async ({
  context,
  request,
}) => {
  const first = await context.newPage();
  await joinByLink(first, 'Two-tab phone');
  await first.goto(VICTIMS_CASE);
  const second = await context.newPage();
  await second.goto(VICTIMS_CASE);
  await expect(second.getByRole('button', { name: 'Save report' })).toBeVisible();

  await context.setOffline(true);
  await report(first, 'Emails', 3);
  await report(second, 'Emails', 4);
  await expect(nav(first).getByRole('link', { name: 'Activity, 2 waiting' })).toBeVisible();
  await expect(nav(second).getByRole('link', { name: 'Activity, 2 waiting' })).toBeVisible();

  await context.setOffline(false);

  for (const tab of [first, second]) {
    await expect(nav(tab).getByRole('link', { name: 'Activity', exact: true })).toBeVisible();
    await nav(tab).getByRole('link', { name: 'Activity', exact: true }).click();
    await expect(
      tab.getByText('Nothing is waiting: everything saved here has been delivered.'),
    ).toBeVisible();
  }
  const totals = await serverTotals(request);
  expect(totals['juliaca-victims-association']?.email).toBe(7);
});

test('the Activity tab with a delivered report and one waiting (docs/screenshots/activity.png)', async ({
  page,
  context,
}) => {
  await joinByLink(page, 'Stall phone');
  await page.goto(PETITION_CASE);
  await report(page, 'Petition signatures', 12);
  await nav(page).getByRole('link', { name: 'Activity' }).click();
  const delivered = page.getByRole('region', { name: 'Delivered' });
  await expect(delivered.getByText(/^Delivered \d/)).toBeVisible();

  await context.setOffline(true);
  await nav(page).getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('link', { name: urgentAction.title.en }).click();
  await report(page, 'Calls', 1);
  await nav(page).getByRole('link', { name: 'Activity, 1 waiting' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Waiting on this phone' })
      .getByText('Saved on this phone', { exact: true }),
  ).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: screenshotPath('activity.png'), fullPage: true });
});

const languages = [
  {
    language: 'en',
    locale: 'en-GB',
    activity: 'Activity',
    save: 'Save report',
    saved: /^Saved on this phone\. /,
    more: 'Letters: one more',
    navigation: 'Main',
  },
  {
    language: 'es',
    locale: 'es-ES',
    activity: 'Actividad',
    save: 'Guardar informe',
    saved: /^Guardado en este teléfono\. /,
    more: 'Cartas: sumar 1',
    navigation: 'Principal',
  },
] as const;

for (const strings of languages) {
  test.describe(`in ${strings.language}`, () => {
    test.use({ locale: strings.locale });

    test('axe finds nothing to fix on the report form, its errors, and the Activity tab', async ({
      page,
    }) => {
      await page.goto(urgentAction.path);
      await expect(page.getByRole('button', { name: strings.save })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', strings.language);
      expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);

      await page.getByRole('button', { name: strings.save }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);

      await page.getByRole('button', { name: strings.more }).click();
      await page.getByRole('button', { name: strings.save }).click();
      await expect(page.getByText(strings.saved)).toBeVisible();
      await nav(page, strings.navigation)
        .getByRole('link', { name: new RegExp(`^${strings.activity}`) })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: strings.activity })).toBeVisible();
      expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
    });
  });
}
