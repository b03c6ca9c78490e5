import { expect, test } from '@playwright/test';
import { urgentAction } from './support/cases';
import { screenshotPath } from './support/screenshotPath';

// The README shows these; `UPDATE_SCREENSHOTS=1` retakes them into docs/ when the app changes.
const shots = [
  { language: 'en', locale: 'en-GB', file: screenshotPath('case-en.png') },
  { language: 'es', locale: 'es-ES', file: screenshotPath('case-es.png') },
] as const;
const welcomeTitle = { en: 'Welcome to Carta', es: 'Le damos la bienvenida a Carta' };

for (const { language, locale, file } of shots) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test(`the UA 105.22 case page at 390×844 (${file})`, async ({ page }) => {
      await page.goto(urgentAction.path);
      await expect(
        page.getByRole('heading', { level: 1, name: urgentAction.title[language] }),
      ).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      // The first screen holds the two things a member came to do.
      await expect(
        page.getByRole('link', { name: /^(Write a letter|Escribir una carta)$/ }),
      ).toBeInViewport();
      await page.screenshot({ path: file });
    });

    test(`a newcomer's welcome above the case list (welcome-${language}.png)`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('region', { name: welcomeTitle[language] })).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: screenshotPath(`welcome-${language}.png`) });
    });
  });
}

test('the QR code that hands UA 105.22 to a passer-by (qr-code.png)', async ({ page }) => {
  await page.goto(urgentAction.path);
  await page.getByRole('button', { name: 'Show QR code' }).click();
  const qr = page.getByRole('img', { name: `QR code that opens ${urgentAction.title.en}` });
  await qr.scrollIntoViewIfNeeded();
  await expect(qr).toBeInViewport();
  await page.screenshot({ path: screenshotPath('qr-code.png') });
});
