import { expect, test, type Locator, type Page } from '@playwright/test';
import { urgentAction } from './support/cases';
import {
  DRAFT_ID,
  draft,
  joinAsCoordinator,
  openScreen,
  profile,
  setTextScale,
} from './support/phoneState';
import { putRows } from './support/seed';

// Someone on the keyboard (or a switch, or a screen reader) must always know where they are:
// - WCAG 2.2 "focus not obscured": a field reached with Tab must not sit under the fixed bottom
//   bar. Each main flow is walked with the keyboard alone, checking every element that takes the
//   focus.
// - After a route change the focus is on the new screen's heading; opening the kiosk puts it in
//   the first field; leaving the kiosk and saving a report never drop it to <body>.

/** Which element has the focus, by its label, and why it is hidden by the bottom bar (or null). */
function focusNow(page: Page): Promise<{ name: string; covered: string | null; inBar: boolean }> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    const nav = document.querySelector('.bottom-nav');
    if (!focused || focused === document.body) return { name: '', covered: null, inBar: false };
    const labelled = (focused as HTMLInputElement).labels?.[0]?.textContent;
    const name = (focused.getAttribute('aria-label') ?? labelled ?? focused.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!nav || nav.contains(focused)) return { name, covered: null, inBar: Boolean(nav) };
    const box = focused.getBoundingClientRect();
    const bar = nav.getBoundingClientRect();
    const what = `${focused.tagName.toLowerCase()} "${name.slice(0, 40)}"`;
    // Something shorter than the space above the bar must be seen whole; a taller letter box at
    // least from its top, where typing starts.
    if (box.height < bar.top) {
      const covered = box.bottom > bar.top + 0.5 ? `${what} ends under the bar` : null;
      return { name, covered, inBar: false };
    }
    return { name, covered: box.top >= bar.top ? `${what} is under the bar` : null, inBar: false };
  });
}

async function coveredFocus(page: Page): Promise<string | null> {
  return (await focusNow(page)).covered;
}

/**
 * Presses Tab from where the focus is through the rest of the screen, up to the bottom bar, and
 * says what each press reached and which of those the bar hid.
 */
async function tabThroughScreen(page: Page, limit = 60) {
  const problems: string[] = [];
  const reached: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const { name, covered, inBar } = await focusNow(page);
    if (inBar) return { problems, reached };
    reached.push(name);
    if (covered) problems.push(covered);
  }
  throw new Error(`${limit} presses of Tab did not get through ${page.url()}`);
}

/** Tabs forward until `target` has the focus, as a keyboard user gets to it. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let press = 0; press < limit; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${limit} presses of Tab did not reach ${target.toString()}`);
}

const LANGUAGES = [
  {
    language: 'en',
    locale: 'en-GB',
    // A usual phone at the usual text size: the bar is one row of tabs.
    viewport: { width: 390, height: 844 },
    textScale: 100,
    cases: 'Cases',
    letters: 'Letters',
    moreLetters: 'Letters: one more',
    lastCounter: 'Other actions: one more',
    letterFields: ['Show the reading copy in English', 'Letter'],
    postcode: 'Postcode (optional)',
    joinCode: 'Join code',
    saveReport: 'Save report',
    reportSaved: /^Saved on this phone/,
    place: 'Where',
    pin: 'Volunteer PIN',
    pinAgain: 'PIN again',
    startKiosk: 'Start and open the kiosk',
    kioskHeading: 'Sign the petition',
    otherLanguage: 'Español',
    stallLanguage: 'English',
    name: 'Your name',
    email: 'Email address',
    sign: 'Sign',
    petition: /I sign this petition/,
    thanks: /^Thank you!/,
    leave: 'Volunteer: leave the kiosk',
    leaveSubmit: 'Leave the kiosk',
    stall: 'Stall',
  },
  {
    language: 'es',
    locale: 'es-ES',
    // The hardest case: Spanish, Android's large text, a narrow phone; two rows of tabs.
    viewport: { width: 320, height: 640 },
    textScale: 130,
    cases: 'Casos',
    letters: 'Cartas',
    moreLetters: 'Cartas: sumar 1',
    lastCounter: 'Otras acciones: sumar 1',
    // A Spanish letter read in Spanish needs no reading copy.
    letterFields: ['Carta'],
    postcode: 'Código postal (opcional)',
    joinCode: 'Código de acceso',
    saveReport: 'Guardar informe',
    reportSaved: /^Guardado en este teléfono/,
    place: 'Lugar',
    pin: 'PIN de la persona voluntaria',
    pinAgain: 'Repita el PIN',
    startKiosk: 'Empezar y abrir el quiosco',
    kioskHeading: 'Firme la petición',
    otherLanguage: 'English',
    stallLanguage: 'Español',
    name: 'Nombre y apellidos',
    email: 'Correo electrónico',
    sign: 'Firmar',
    petition: /Firmo esta petición/,
    thanks: /^¡Gracias!/,
    leave: 'Voluntariado: salir del quiosco',
    leaveSubmit: 'Salir del quiosco',
    stall: 'Puesto de firmas',
  },
] as const;

for (const words of LANGUAGES) {
  test.describe(`in ${words.language}`, () => {
    test.use({ locale: words.locale, viewport: words.viewport });

    test('the focus follows the member from screen to screen and never hides under the bottom bar', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await setTextScale(page, words.textScale);
      await page.goto('/');
      const heading = page.locator('main h1');
      await expect(page.getByRole('heading', { level: 1, name: words.cases })).toBeVisible();
      // The first screen of a visit leaves the focus where the browser puts it: at the top.
      await expect(heading).not.toBeFocused();
      await putRows(page, 'drafts', [draft]);
      await putRows(page, 'profile', [profile]);

      // A tab of the bottom bar, and Back, each move the focus to the new screen's heading.
      const nav = page.getByRole('navigation', { name: /^(Main|Principal)$/ });
      await nav.getByRole('link', { name: words.letters, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: words.letters })).toBeFocused();
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: words.cases })).toBeFocused();

      // Each screen is walked from its heading to the bottom bar, through what the issue found
      // hidden under the bar.
      const flows = [
        // The case and its report form, down to the last counters and Save.
        // The form is below the case's first screen, in code that arrives just after it.
        {
          path: urgentAction.path,
          through: [words.lastCounter, words.saveReport],
          ready: page.getByRole('button', { name: words.saveReport }),
        },
        // Choosing who to write to and the language of the letter.
        { path: `${urgentAction.path}/write`, through: ['Español'] },
        // The letter itself and, in English, its Spanish letter's reading copy.
        { path: `/letters/${DRAFT_ID}`, through: words.letterFields },
        // The member's details and the join form.
        { path: '/settings', through: [words.postcode, words.joinCode] },
      ];
      for (const flow of flows) {
        await openScreen(page, flow.path);
        await expect(heading, flow.path).toBeFocused();
        if ('ready' in flow && flow.ready) await expect(flow.ready, flow.path).toBeAttached();
        const { problems, reached } = await tabThroughScreen(page);
        expect(problems, flow.path).toEqual([]);
        expect(reached, flow.path).toEqual(expect.arrayContaining([...flow.through]));
      }

      // A report saved from the keyboard: the focus stays on Save, for the next one, and the
      // confirmation shows above the bar.
      await openScreen(page, urgentAction.path);
      await expect(heading).toBeFocused();
      await tabTo(page, page.getByRole('button', { name: words.moreLetters }));
      await page.keyboard.press('Enter');
      const save = page.getByRole('button', { name: words.saveReport });
      await tabTo(page, save);
      await page.keyboard.press('Enter');
      const saved = page.getByRole('status').filter({ hasText: words.reportSaved });
      await expect(saved).toBeVisible();
      await expect(save).toBeFocused();
      expect(await coveredFocus(page)).toBeNull();

      // The stall, from its start form to the kiosk and back, on a phone with the group's key.
      await joinAsCoordinator(page);
      await openScreen(page, '/stall');
      await page.reload();
      await expect(page.getByLabel(words.place, { exact: true })).toBeVisible();
      await tabTo(page, page.getByLabel(words.place, { exact: true }));
      await page.keyboard.type('High Street');
      await tabTo(page, page.getByLabel(words.pin, { exact: true }));
      await page.keyboard.type('4829');
      await tabTo(page, page.getByLabel(words.pinAgain, { exact: true }));
      await page.keyboard.type('4829');
      expect(await coveredFocus(page)).toBeNull();
      const start = page.getByRole('button', { name: words.startKiosk });
      await tabTo(page, start);
      expect(await coveredFocus(page)).toBeNull();
      await page.keyboard.press('Enter');

      // The passer-by finds the cursor in the first field.
      await expect(page.getByRole('heading', { level: 1, name: words.kioskHeading })).toBeVisible();
      await expect(page.getByLabel(words.name, { exact: true })).toBeFocused();

      // A signer in the other language sends the form empty, is told why down the page, then signs.
      await page.getByRole('button', { name: words.otherLanguage, exact: true }).click();
      const other = LANGUAGES.find((l) => l.language !== words.language)!;
      await page.getByRole('button', { name: other.sign, exact: true }).click();
      await expect(page.getByRole('alert').first()).toBeFocused();
      await page.getByLabel(other.name, { exact: true }).fill('Quillari Focustest');
      await page.getByLabel(other.email, { exact: true }).fill('quillari.focustest@example.org');
      await page.getByRole('checkbox', { name: other.petition }).check();
      await page.getByRole('button', { name: other.sign, exact: true }).scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await page.getByRole('button', { name: other.sign, exact: true }).click();

      // The thanks is at the top, in view, in the signer's language; the next signer gets the
      // stall's language again.
      const thanks = page.getByRole('status').filter({ hasText: other.thanks });
      await expect(thanks).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.getByRole('heading', { level: 1, name: words.kioskHeading })).toBeFocused();
      await expect(
        page.getByRole('button', { name: words.stallLanguage, exact: true }),
      ).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByLabel(words.name, { exact: true })).toHaveValue('');

      // The volunteer takes the phone back: PIN field, then the stall's own heading.
      await page.getByRole('button', { name: words.leave }).click();
      await expect(page.getByLabel(words.pin, { exact: true })).toBeFocused();
      await page.keyboard.type('4829');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: words.stall })).toBeFocused();
    });
  });
}
