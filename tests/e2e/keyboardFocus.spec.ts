import { expect, test, type Page } from '@playwright/test';
import { urgentAction } from './support/cases';
import { putRows } from './support/seed';

// WCAG 2.2 "focus not obscured": a field reached with Tab must not sit under the fixed bottom bar.
// Each main flow is walked with the keyboard alone, checking every element that takes the focus.

const DRAFT_ID = '7d0c2a4e-1f0b-4d8e-8a3c-5b9e0f1a2c3d';
const draft = {
  id: DRAFT_ID,
  caseId: 'ua-105-22',
  targetId: 'president',
  language: 'es',
  channel: null,
  subject: 'Perú: detengan el uso ilegítimo de la fuerza',
  body: Array.from({ length: 12 }, (_, i) => `Párrafo ${i + 1} de la carta.`).join('\n\n'),
  ownParagraph: '',
  sender: { name: 'Ana Pérez', address: '12 High Street', postcode: 'B72 1AA', email: '' },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
  sentAt: null,
};
const profile = {
  id: 'me',
  name: 'Ana Pérez',
  address: '12 High Street',
  postcode: 'B72 1AA',
  email: '',
  updatedAt: '2026-11-26T10:00:00.000Z',
};

/** Why the focused element is hidden by the bottom bar, or null when it can be seen. */
function coveredFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    const nav = document.querySelector('.bottom-nav');
    if (!focused || focused === document.body || !nav || nav.contains(focused)) return null;
    const box = focused.getBoundingClientRect();
    const barTop = nav.getBoundingClientRect().top;
    const name = `${focused.tagName.toLowerCase()} "${(focused.getAttribute('aria-label') ?? focused.textContent ?? (focused as HTMLInputElement).name ?? '').trim().slice(0, 40)}"`;
    // Something shorter than the space above the bar must be seen whole; a taller letter box at
    // least from its top, where typing starts.
    if (box.height < barTop) return box.bottom > barTop + 0.5 ? `${name} ends under the bar` : null;
    return box.top >= barTop ? `${name} is under the bar` : null;
  });
}

async function tabThrough(page: Page, presses: number): Promise<string[]> {
  const problems: string[] = [];
  for (let press = 0; press < presses; press += 1) {
    await page.keyboard.press('Tab');
    const problem = await coveredFocus(page);
    if (problem) problems.push(problem);
  }
  return problems;
}

const LANGUAGES = [
  { language: 'en', locale: 'en-GB', cases: 'Cases' },
  { language: 'es', locale: 'es-ES', cases: 'Casos' },
] as const;

for (const { language, locale, cases } of LANGUAGES) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test('the keyboard never leaves the focus under the bottom bar in the main flows', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: cases })).toBeVisible();
      await putRows(page, 'drafts', [draft]);
      await putRows(page, 'profile', [profile]);

      const flows = [
        // The case and its report form, down to the last counters and Save.
        { path: urgentAction.path, presses: 45 },
        // Choosing who to write to and the language, then the letter itself.
        { path: `${urgentAction.path}/write`, presses: 20 },
        { path: `/letters/${DRAFT_ID}`, presses: 25 },
        // The member's details and the join form.
        { path: '/settings', presses: 30 },
      ];
      for (const flow of flows) {
        await page.goto(flow.path);
        await expect(page.locator('main h1')).toBeVisible();
        expect(await tabThrough(page, flow.presses), flow.path).toEqual([]);
      }
    });
  });
}
