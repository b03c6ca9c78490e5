import { expect, test, type Page } from '@playwright/test';
import { urgentAction } from './support/cases';
import {
  DRAFT_ID,
  draft,
  joinAsCoordinator,
  openScreen,
  setTextScale,
  stallSession,
} from './support/phoneState';
import { screenshotPath } from './support/screenshotPath';
import { putRows } from './support/seed';

// Android's "large text" (115–130 %) and a low-vision reader's 200 %: the phone's default font size
// grows, and everything in rem and em with it. A narrow phone (320 px) is where nothing may get
// lost: no screen may scroll sideways, and every tab of the bottom bar must stay in reach.
const SCALES = [130, 200] as const;
const LANGUAGES = [
  { language: 'en', locale: 'en-GB', cases: 'Cases', newCase: 'New case' },
  { language: 'es', locale: 'es-ES', cases: 'Casos', newCase: 'Nuevo caso' },
] as const;

// What a member who has not joined sees, then what a coordinator's phone adds: the coordinator's
// area and the stall that can start (with a stall's counts). Each walk starts away from the screen
// the one before ended on, so that each step is a route change.
const MEMBER_SCREENS = [
  urgentAction.path,
  `${urgentAction.path}/write`,
  '/letters',
  `/letters/${DRAFT_ID}`,
  '/activity',
  '/stall',
  '/settings',
  '/join',
  '/',
];
const COORDINATOR_SCREENS = [
  '/settings',
  '/group',
  '/group/activity',
  '/group/devices',
  '/group/codes',
  '/group/signups',
  '/group/cases',
];

/** How far the page reaches past the right edge of the screen, in CSS pixels. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return scroller.scrollWidth - scroller.clientWidth;
  });
}

/**
 * The tabs of the bottom bar that are not on screen whole, after opening the menu when there is
 * one. Checked in the page in one go: a walk of thirty-odd screens cannot afford a round trip per
 * tab and edge.
 */
async function tabsOutOfView(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: /^(Main|Principal)$/ });
  const menu = nav.getByRole('button', { name: /^(Menu|Menú)/ });
  const hasMenu = await menu.isVisible();
  if (hasMenu) await menu.click();
  const outside = await nav.evaluate((element) => {
    const links = Array.from(element.querySelectorAll('a'));
    if (links.length !== 5) return [`${links.length} tabs instead of 5`];
    return links.flatMap((link) => {
      // An open menu may scroll on a short screen: a tab it can scroll to is in reach.
      link.scrollIntoView({ block: 'nearest' });
      const box = link.getBoundingClientRect();
      const inView =
        box.width > 0 &&
        box.height > 0 &&
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= window.innerWidth + 0.5 &&
        box.bottom <= window.innerHeight + 0.5;
      return inView ? [] : [link.textContent ?? ''];
    });
  });
  if (hasMenu) await menu.click();
  return outside;
}

/** A picture of the screen for people to look at, without the heading's focus ring. */
async function takePicture(page: Page, fileName: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: screenshotPath(fileName) });
}

/** Opens each screen as a tapped link would, and checks it at the text size now set. */
async function walk(page: Page, paths: readonly string[], scale: number) {
  for (const path of paths) {
    await openScreen(page, path);
    // The new screen's heading takes the focus once it is there (and so says it has arrived).
    await expect(page.locator('main h1'), path).toBeFocused();
    const where = `${path} at ${scale} %`;
    expect(await sidewaysOverflow(page), where).toBeLessThanOrEqual(0);
    expect(await tabsOutOfView(page), where).toEqual([]);
  }
}

for (const { language, locale, cases, newCase } of LANGUAGES) {
  test.describe(`in ${language}`, () => {
    test.use({ locale, viewport: { width: 320, height: 640 } });

    test('every screen fits 320 px at 130 % and 200 % text, with every tab in reach', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: cases })).toBeVisible();
      await putRows(page, 'drafts', [draft]);
      await putRows(page, 'stallSessions', [stallSession]);

      const skipLink = page.getByRole('link', { name: /^(Skip to content|Saltar al contenido)$/ });
      for (const scale of SCALES) {
        await setTextScale(page, scale);
        // The skip link waits above the screen until the keyboard reaches it: the Spanish one, on
        // two lines at 200 %, once showed over the header.
        await expect(skipLink, `at ${scale} %`).not.toBeInViewport();
        await skipLink.focus();
        await expect(skipLink, `at ${scale} %`).toBeInViewport({ ratio: 1 });
        await walk(page, MEMBER_SCREENS, scale);
        if (scale === 130) {
          await takePicture(page, `large-text-130-cases-${language}.png`);
        }
      }

      await joinAsCoordinator(page);
      for (const scale of SCALES) {
        await setTextScale(page, scale);
        await walk(page, COORDINATOR_SCREENS, scale);
        // The case editor, the longest form, opens from the list.
        await page.getByRole('button', { name: newCase }).click();
        await expect(page.locator('main h1')).toBeFocused();
        expect(await sidewaysOverflow(page), `the case editor at ${scale} %`).toBeLessThanOrEqual(
          0,
        );

        await walk(page, ['/stall'], scale);
        if (scale === 130) {
          await takePicture(page, `large-text-130-stall-${language}.png`);
        }
      }

      // The kiosk's form and its leave form, which hid the PIN field when cut off. Written behind
      // the app's back, so it reads them on a reload, as after a phone restart.
      await putRows(page, 'stallSessions', [{ ...stallSession, kioskOpen: true }]);
      await page.reload();
      await expect(page.locator('.kiosk h1')).toBeVisible();
      for (const scale of SCALES) {
        await setTextScale(page, scale);
        expect(await sidewaysOverflow(page), `the kiosk at ${scale} %`).toBeLessThanOrEqual(0);
        await page.getByRole('button', { name: /^(Volunteer|Voluntari)/ }).click();
        const pin = page.getByLabel(/PIN/).first();
        await expect(pin).toBeFocused();
        expect(await sidewaysOverflow(page), `leaving the kiosk at ${scale} %`).toBeLessThanOrEqual(
          0,
        );
        const box = await pin.boundingBox();
        expect(box!.x + box!.width, `the PIN field at ${scale} %`).toBeLessThanOrEqual(320.5);
        await page.getByRole('button', { name: /^(Cancel|Cancelar)$/ }).click();
      }
    });
  });
}
