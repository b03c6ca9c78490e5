import { expect, test } from '@playwright/test';
import { INITIAL_ROUTE_BUDGET_GZIP, initialRouteTotal } from '../../bench/initialRoute';
import { urgentAction } from './support/cases';
import { collectCspViolations } from './support/cspViolations';
import { waitForServiceWorkerControl } from './support/serviceWorker';

test('a first visit downloads no more than the budget of JS and CSS', () => {
  // Sizes of a build are the same on every machine, so the budget can be held here, not only in
  // the bench: whoever adds to the first load sees this fail and which files it loads.
  const { gzip, files } = initialRouteTotal('dist');
  expect(gzip, `gzipped JS + CSS of the first visit: ${files.join(', ')}`).toBeLessThanOrEqual(
    INITIAL_ROUTE_BUDGET_GZIP,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("a slow phone sees Carta's frame before any script has run", async ({ page }) => {
    await page.goto('/');
    const brand = page.locator('header').getByText('Carta', { exact: true });
    await expect(brand).toBeVisible();
    // Painted by the app's own stylesheet: the dark header bar, not the browser's plain text.
    const header = await page.locator('header').evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, height: element.getBoundingClientRect().height };
    });
    expect(header.background).toBe('rgb(29, 29, 27)');
    expect(header.height).toBeGreaterThanOrEqual(48);
  });
});

test('the case list and a case page load everything, sync engine included, without a CSP violation', async ({
  page,
}) => {
  const violations = collectCspViolations(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await waitForServiceWorkerControl(page);
  await page.waitForLoadState('networkidle');

  await page.goto(urgentAction.path);
  await expect(page.getByRole('heading', { level: 1, name: urgentAction.title.en })).toBeVisible();
  // Saving a report checks it with the protocol's schema, so the schema library has surely run.
  await page.getByRole('button', { name: 'Letters: one more' }).click();
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByText(/^Saved on this phone. Join a group/)).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(violations).toEqual([]);
});
