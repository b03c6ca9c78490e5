import { expect, test, type Page } from '@playwright/test';

async function expectPage(page: Page, heading: string, lang: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test.describe('a phone set to Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('shows Carta in Spanish, and keeps English once the member picks it', async ({ page }) => {
    await page.goto('/');
    await expectPage(page, 'Casos', 'es');

    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Ajustes' })
      .click();
    await expectPage(page, 'Ajustes', 'es');
    // A tap, not check(): the radio turns on once the chosen language's strings have loaded.
    await page.getByRole('radio', { name: 'English' }).click();
    await expectPage(page, 'Settings', 'en');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();

    await page.reload();
    await expectPage(page, 'Settings', 'en');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cases' })
      .click();
    await expectPage(page, 'Cases', 'en');
  });
});

test.describe('a phone set to English', () => {
  test.use({ locale: 'en-GB' });

  test('shows Carta in English, and keeps Spanish once the member picks it', async ({ page }) => {
    await page.goto('/settings');
    await expectPage(page, 'Settings', 'en');
    await page.getByRole('radio', { name: 'Español' }).click();
    await expectPage(page, 'Ajustes', 'es');
    await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();

    await page.reload();
    await expectPage(page, 'Ajustes', 'es');
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Casos' })
      .click();
    await expectPage(page, 'Casos', 'es');
  });
});
