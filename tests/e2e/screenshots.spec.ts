import { expect, test } from '@playwright/test';
import { urgentAction } from './support/cases';
import { screenshotPath } from './support/screenshotPath';

// The README shows these; `UPDATE_SCREENSHOTS=1` retakes them into docs/ when the app changes.
const shots = [
  { language: 'en', locale: 'en-GB', file: screenshotPath('case-en.png') },
  { language: 'es', locale: 'es-ES', file: screenshotPath('case-es.png') },
] as const;

for (const { language, locale, file } of shots) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test(`the UA 105.22 case page at 390×844 (${file})`, async ({ page }) => {
      await page.goto(urgentAction.path);
      await expect(
        page.getByRole('heading', { level: 1, name: urgentAction.title[language] }),
      ).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: file });
    });
  });
}
