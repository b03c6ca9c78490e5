import { expect, test, type Page } from '@playwright/test';
import { urgentAction } from './support/cases';
import { putRows } from './support/seed';

// Android's "large text" and a low-vision reader's 200 %: the phone's default font size grows, and
// everything in rem and em with it. A narrow phone (320 px) is where nothing may get lost.
const SCALES = [130, 200] as const;
const LANGUAGES = [
  { language: 'en', locale: 'en-GB', cases: 'Cases' },
  { language: 'es', locale: 'es-ES', cases: 'Casos' },
] as const;

const DRAFT_ID = '0b9e1c36-5f4f-4c0c-9d55-7c3a2a41e001';
const draft = {
  id: DRAFT_ID,
  caseId: 'ua-105-22',
  targetId: 'president',
  language: 'es',
  channel: null,
  subject: 'Perú: detengan el uso ilegítimo de la fuerza',
  body: 'Señora Presidenta:\n\nLe escribo para pedirle que…\n\nAtentamente,\nAna Pérez',
  ownParagraph: '',
  sender: { name: 'Ana Pérez', address: '12 High Street', postcode: 'B72 1AA', email: '' },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
  sentAt: null,
};
const kioskSession = {
  id: '5a1f6f0e-2b7a-4a55-9a77-0c1d2e3f4a5b',
  caseId: 'peru-repression-petition',
  place: 'High Street, outside the library',
  startedAt: '2026-11-26T10:00:00.000Z',
  endedAt: null,
  signupCount: 12,
  deliveredCount: 9,
  repeatCount: 1,
  pin: null,
  kioskOpen: false,
};

const SCREENS = [
  '/',
  urgentAction.path,
  `${urgentAction.path}/write`,
  '/letters',
  `/letters/${DRAFT_ID}`,
  '/activity',
  '/stall',
  '/settings',
  '/join',
];

async function setTextScale(page: Page, percent: number) {
  const cdp = await page.context().newCDPSession(page);
  const standard = Math.round((16 * percent) / 100);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: standard } });
}

/** How far the page reaches past the right edge of the screen, in CSS pixels. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Each tab of the bottom bar is on screen whole, after opening the menu when there is one. */
async function expectEveryTabInView(page: Page, scale: number) {
  const nav = page.getByRole('navigation', { name: /^(Main|Principal)$/ });
  const menu = nav.getByRole('button', { name: /^(Menu|Menú)/ });
  if (await menu.isVisible()) await menu.click();
  const viewport = page.viewportSize()!;
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(5);
  for (const link of await links.all()) {
    // An open menu may scroll on a short screen: a tab it can scroll to is in reach.
    await link.scrollIntoViewIfNeeded();
    const box = await link.boundingBox();
    expect(box, `a tab at ${scale} %`).not.toBeNull();
    expect(box!.x, `${await link.textContent()} at ${scale} %`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height + 0.5);
  }
  if (await menu.isVisible()) await menu.click();
}

for (const { language, locale, cases } of LANGUAGES) {
  test.describe(`in ${language}`, () => {
    test.use({ locale, viewport: { width: 320, height: 640 } });

    for (const scale of SCALES) {
      test(`every screen fits 320 px at ${scale} % text, with every tab in reach`, async ({
        page,
      }) => {
        test.setTimeout(90_000);
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1, name: cases })).toBeVisible();
        await putRows(page, 'drafts', [draft]);
        await putRows(page, 'stallSessions', [kioskSession]);
        await setTextScale(page, scale);

        for (const path of SCREENS) {
          await page.goto(path);
          await expect(page.locator('main h1')).toBeVisible();
          expect(await sidewaysOverflow(page), `${path} at ${scale} %`).toBeLessThanOrEqual(0);
          await expectEveryTabInView(page, scale);
        }

        // The kiosk's form and its leave form, which hides the PIN field when cut off.
        await putRows(page, 'stallSessions', [{ ...kioskSession, kioskOpen: true }]);
        await page.goto('/stall/kiosk');
        await expect(page.locator('.kiosk h1')).toBeVisible();
        expect(await sidewaysOverflow(page), `the kiosk at ${scale} %`).toBeLessThanOrEqual(0);
        await page.getByRole('button', { name: /^(Volunteer|Voluntari)/ }).click();
        const pin = page.getByLabel(/PIN/).first();
        await expect(pin).toBeVisible();
        expect(await sidewaysOverflow(page), `leaving the kiosk at ${scale} %`).toBeLessThanOrEqual(
          0,
        );
        const box = await pin.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(320.5);
      });
    }
  });
}
