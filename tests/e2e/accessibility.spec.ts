import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { urgentAction } from './support/cases';
import { axeViolations } from './support/axe';

const languages = [
  { language: 'en', locale: 'en-GB', cases: 'Cases', settings: 'Settings' },
  { language: 'es', locale: 'es-ES', cases: 'Casos', settings: 'Ajustes' },
] as const;

for (const { language, locale, cases, settings } of languages) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    const screens = [
      { name: 'the case list', path: '/', heading: cases },
      {
        name: 'the UA 105.22 case page',
        path: urgentAction.path,
        heading: urgentAction.title[language],
      },
      { name: 'Settings', path: '/settings', heading: settings },
    ];

    for (const screen of screens) {
      test(`axe finds nothing to fix on ${screen.name}`, async ({ page }) => {
        await page.goto(screen.path);
        await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', language);

        expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
      });
    }
  });
}
