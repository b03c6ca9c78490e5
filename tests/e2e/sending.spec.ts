import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { renderAppeal } from '../../src/domain/appeal';
import { caseSchema } from '../../src/domain/case';
import { composeLetter } from '../../src/domain/composeLetter';
import type { Draft } from '../../src/db/rows';
import type { SenderDetails } from '../../src/domain/appeal';
import { axeViolations } from './support/axe';
import { screenshotPath } from './support/screenshotPath';

const ua = caseSchema.parse(
  JSON.parse(readFileSync('src/content/cases/ua-105-22.json', 'utf8')) as unknown,
);
const president = ua.targets.find((t) => t.id === 'president')!;
const anaPerez: SenderDetails = {
  name: 'Ana Pérez',
  address: '12 High Street, Sutton Coldfield',
  postcode: '',
  email: '',
};
// A fixed day, so the letter's date is the same on every run and in the screenshot.
const today = new Date('2026-11-26T10:00:00');

function spanishLetter(target = president): Draft {
  const { subject, body } = renderAppeal({
    theCase: ua,
    target,
    language: 'es',
    sender: anaPerez,
    date: '2026-11-26',
  });
  return {
    id: crypto.randomUUID(),
    caseId: ua.id,
    targetId: target.id,
    language: 'es',
    channel: null,
    subject,
    body,
    ownParagraph: 'Escribo desde Sutton Coldfield, donde nuestro grupo sigue este caso.',
    sender: anaPerez,
    createdAt: today.toISOString(),
    updatedAt: today.toISOString(),
    sentAt: null,
  };
}

/** Opens the app (which creates its database and loads the cases), then stores the draft in it. */
async function seedDraft(page: Page, draft: Draft): Promise<void> {
  await page.clock.setFixedTime(today);
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: ua.title.en }).or(page.getByRole('link', { name: ua.title.es })),
  ).toBeVisible();
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('carta');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('drafts', 'readwrite');
          transaction.objectStore('drafts').put(record);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    draft,
  );
}

async function storedDraft(page: Page, id: string): Promise<Draft> {
  return page.evaluate(
    (draftId) =>
      new Promise<Draft>((resolve, reject) => {
        const open = indexedDB.open('carta');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get(draftId);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as Draft);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

/** Pages in a PDF written by Chromium: each page is one `/Type /Page` dictionary. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

function pdfPageSize(pdf: Buffer): number[] {
  const box = /\/MediaBox\s*\[\s*([\d.\s]+)\]/.exec(pdf.toString('latin1'));
  return (box?.[1] ?? '').trim().split(/\s+/).map(Number);
}

test.describe('sending the Spanish appeal to President Boluarte', () => {
  test('by email: the link names her address and the subject, and the letter goes by clipboard', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const draft = spanishLetter();
    await seedDraft(page, draft);
    await page.goto(`/letters/${draft.id}`);

    const link = page.getByRole('link', { name: 'Open in your email app' });
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.protocol).toBe('mailto:');
    expect(href.pathname).toBe('dboluarte@presidencia.gob.pe');
    expect(href.searchParams.get('subject')).toBe(draft.subject);
    // With its accents encoded the full letter is past the 2,000 characters mail apps take, so
    // the link carries the subject and the letter itself goes through the clipboard.
    expect(href.searchParams.has('body')).toBe(false);
    await expect(page.getByText(/too long to go into an email link/)).toBeVisible();

    await link.click();

    await expect(
      page.getByText('The letter is on your clipboard — paste it into the email'),
    ).toBeVisible();
    const letter = composeLetter(draft.body, draft.ownParagraph, 'es');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(letter);
    expect(letter).toContain('Señora Presidenta:');
    expect(letter).toContain('Atentamente,\n\nAna Pérez\n12 High Street\nSutton Coldfield');

    const question = page.getByRole('region', { name: 'Did you send it?' });
    await expect(question).toBeFocused();
    await question.getByRole('button', { name: 'Yes, I sent it' }).click();
    await expect(page.getByText('Marked as sent by email on 26 November 2026')).toBeVisible();
    const stored = await storedDraft(page, draft.id);
    expect(stored.channel).toBe('email');
    expect(stored.sentAt).toBe(today.toISOString());
  });

  test('by email, shortened: the whole letter is in the link', async ({ page }) => {
    const draft = spanishLetter();
    draft.body =
      'Señora Presidenta:\n\nPido justicia para las víctimas de Juliaca.\n\nAtentamente,\n\nAna Pérez';
    await seedDraft(page, draft);
    await page.goto(`/letters/${draft.id}`);

    const href = new URL(
      (await page.getByRole('link', { name: 'Open in your email app' }).getAttribute('href')) ?? '',
    );
    expect(href.pathname).toBe('dboluarte@presidencia.gob.pe');
    expect(href.searchParams.get('subject')).toBe(draft.subject);
    expect(href.searchParams.get('body')).toBe(
      composeLetter(draft.body, draft.ownParagraph, 'es').replace(/\n/g, '\r\n'),
    );
  });

  test('by post: the print view fits the letter on one A4 page', async ({ page }) => {
    const draft = spanishLetter();
    await seedDraft(page, draft);
    await page.goto(`/letters/${draft.id}`);
    await page.getByRole('link', { name: 'Print for posting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Print the letter' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/letters/${draft.id}/print\\?via=post$`));

    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByRole('article', { name: 'The letter as it will be printed' });
    await expect(sheet).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(sheet.getByText('26 de noviembre de 2026')).toBeVisible();
    await expect(sheet.getByText('Lima – Lima 15001')).toBeVisible();

    const a4 = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(a4)).toBe(1);

    // The paper choice reaches the printer through the page size the sheet asks for.
    const a4AsAsked = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPageSize(a4AsAsked).map(Math.round)).toEqual([0, 0, 595, 842]);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('radio', { name: 'US Letter' }).check();
    await page.emulateMedia({ media: 'print' });
    const letterSize = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPageSize(letterSize).map(Math.round)).toEqual([0, 0, 612, 792]);
    expect(pdfPageCount(letterSize)).toBe(1);
  });
});

test.describe('the print view as paper', () => {
  test.use({ locale: 'es-ES', viewport: { width: 794, height: 1123 }, isMobile: false });

  test('screenshot of the printed letter (docs/screenshots/print-view.png)', async ({ page }) => {
    const draft = spanishLetter();
    await seedDraft(page, draft);
    await page.goto(`/letters/${draft.id}/print?via=post`);
    await expect(page.getByRole('heading', { level: 1, name: 'Imprimir la carta' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenshotPath('print-view.png') });
  });
});

const languages = [
  { language: 'en', locale: 'en-GB', printTitle: 'Print the letter', asked: 'Did you send it?' },
  { language: 'es', locale: 'es-ES', printTitle: 'Imprimir la carta', asked: '¿La ha enviado?' },
] as const;

for (const { language, locale, printTitle, asked } of languages) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test('axe finds nothing to fix on the print view', async ({ page }) => {
      const draft = spanishLetter();
      await seedDraft(page, draft);
      await page.goto(`/letters/${draft.id}/print?via=post`);
      await expect(page.getByRole('heading', { level: 1, name: printTitle })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);

      expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
    });

    test('axe finds nothing to fix on the send panel with its question open', async ({ page }) => {
      const draft = spanishLetter(ua.targets.find((t) => t.id === 'ambassador-usa'));
      await seedDraft(page, draft);
      await page.goto(`/letters/${draft.id}`);
      await page.locator('a[href^="tel:"]').click();
      await expect(page.getByRole('region', { name: asked })).toBeVisible();

      expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
    });
  });
}
