import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { urgentAction } from './support/cases';
import { axeViolations } from './support/axe';
import { serverIsReachable, waitForServiceWorkerControl } from './support/serviceWorker';
import { screenshotPath } from './support/screenshotPath';

const president = 'Dina Ercilia Boluarte Zegarra';
const ambassador = 'Oswaldo de Rivero';
// Accents, ñ, ¡…!, a dash and emoji, one of them a skin-tone sequence of two code points.
const addedSentence = 'Añado una frase: ¡justicia para Juliaca! Ñandú, pingüino — ✊🏽 🕊️';
const ownParagraph = 'I write from Sutton Coldfield — ¡ánimo! 🙏 Ça va, merci.';

const labels = {
  en: {
    write: 'Write a letter',
    start: 'Start writing',
    name: 'Full name',
    address: 'Postal address',
    postcode: 'Postcode (optional)',
    saveProfile: 'Save and start writing',
    letterTo: (name: string) => `Letter to ${name}`,
    body: 'Letter',
    own: 'Your own paragraph (optional)',
    switchTarget: 'Send this letter to',
    recipient: 'To',
    letters: 'Letters',
    showCopy: 'Show the reading copy in English',
    copyRegion: 'Reading copy in English — not sent',
    letterLanguage: 'Español',
  },
  es: {
    write: 'Escribir una carta',
    start: 'Empezar a escribir',
    name: 'Nombre y apellidos',
    address: 'Dirección postal',
    postcode: 'Código postal (opcional)',
    saveProfile: 'Guardar y empezar a escribir',
    letterTo: (name: string) => `Carta a ${name}`,
    body: 'Carta',
    own: 'Su propio párrafo (opcional)',
    switchTarget: 'Enviar esta carta a',
    recipient: 'Destinatario',
    letters: 'Cartas',
    showCopy: 'Mostrar la traducción de referencia al español',
    copyRegion: 'Traducción de referencia al español: no se envía',
    // A Spanish reader writing in English, so the Spanish screens show a reading copy too.
    letterLanguage: 'English',
  },
} as const;
type Labels = (typeof labels)[keyof typeof labels];

/** From the case page to the draft editor, entering Ana's details on the way. */
async function writeLetterAsAna(page: Page, l: Labels): Promise<void> {
  await page.getByRole('link', { name: l.write }).click();
  await expect(page.getByRole('heading', { level: 1, name: l.write })).toBeVisible();
  await page.getByRole('radio', { name: l.letterLanguage }).check();
  await page.getByRole('button', { name: l.start }).click();
  await page.getByRole('textbox', { name: l.name }).fill('Ana Pérez');
  await page.getByRole('textbox', { name: l.address }).fill('12 High Street, Sutton Coldfield');
  await page.getByRole('textbox', { name: l.postcode }).fill('B72 1AA');
  await page.getByRole('button', { name: l.saveProfile }).click();
  await expect(page.getByRole('heading', { level: 1, name: l.letterTo(president) })).toBeVisible();
}

test('offline, a member writes a Spanish appeal, reloads, finds every character, and redirects it to the ambassador', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  expect(await serverIsReachable(page)).toBe(false);

  await page.goto(urgentAction.path);
  await expect(page.getByRole('heading', { level: 1, name: urgentAction.title.en })).toBeVisible();
  await writeLetterAsAna(page, labels.en);

  const body = page.getByRole('textbox', { name: 'Letter', exact: true });
  const own = page.getByRole('textbox', { name: labels.en.own });
  await expect(body).toHaveValue(/^Señora Presidenta:\n\nMe dirijo a usted/);
  await expect(body).toHaveValue(
    /Atentamente,\n\nAna Pérez\n12 High Street\nSutton Coldfield\nB72 1AA$/,
  );
  await body.evaluate((element: HTMLTextAreaElement) => {
    const afterGreeting = 'Señora Presidenta:\n\n'.length;
    element.focus();
    element.setSelectionRange(afterGreeting, afterGreeting);
  });
  await page.keyboard.type(`${addedSentence}\n\n`);
  await own.click();
  await page.keyboard.type(ownParagraph);
  const written = await body.inputValue();
  expect(written).toContain(`Señora Presidenta:\n\n${addedSentence}\n\nMe dirijo a usted`);
  await expect(own).toHaveValue(ownParagraph);

  // Straight away, without waiting for "Saved": what the page-hide flush is for.
  await page.reload();

  await expect(
    page.getByRole('heading', { level: 1, name: `Letter to ${president}` }),
  ).toBeVisible();
  expect(await body.inputValue()).toBe(written);
  expect(await own.inputValue()).toBe(ownParagraph);
  await expect(page.getByText('Saved on this phone')).toBeVisible();

  await page
    .getByRole('group', { name: labels.en.switchTarget })
    .getByRole('radio', { name: `${ambassador} Ambassador of Peru to the United States` })
    // click, not check: the letter is re-addressed (and the choice shown) once it is saved.
    .click();

  await expect(
    page.getByRole('heading', { level: 1, name: `Letter to ${ambassador}` }),
  ).toBeVisible();
  const recipient = page.getByRole('region', { name: 'To' });
  await expect(recipient).toContainText('Embajador del Perú en los Estados Unidos');
  await expect(recipient).toContainText('1700 Massachusetts Ave. NW');
  await expect(recipient).toContainText('Washington, DC 20036');
  await expect(recipient).not.toContainText('Jr. de la Unión');
  const redirected = await body.inputValue();
  expect(redirected.startsWith(`Señor Embajador:\n\n${addedSentence}\n\nMe dirijo a usted`)).toBe(
    true,
  );
  expect(redirected).toContain('como Embajador del Perú en los Estados Unidos,');
  expect(redirected).not.toContain('Presidenta');

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: `Letter to ${ambassador}` }),
  ).toBeVisible();
  expect(await body.inputValue()).toBe(redirected);
  expect(await own.inputValue()).toBe(ownParagraph);
});

for (const [language, locale] of [
  ['en', 'en-GB'],
  ['es', 'es-ES'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });
    const l = labels[language];

    test('axe finds nothing to fix in the composer, the draft editor and the Letters tab', async ({
      page,
    }) => {
      await page.goto('/letters');
      await expect(page.getByRole('heading', { level: 1, name: l.letters })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      expect(await axeViolations(new AxeBuilder({ page })), 'empty Letters tab').toEqual([]);

      await page.goto(`${urgentAction.path}/write`);
      await expect(page.getByRole('heading', { level: 1, name: l.write })).toBeVisible();
      expect(await axeViolations(new AxeBuilder({ page })), 'composer').toEqual([]);

      await page.getByRole('button', { name: l.start }).click();
      await page.getByRole('button', { name: l.saveProfile }).click();
      await expect(page.getByRole('textbox', { name: l.name })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      expect(await axeViolations(new AxeBuilder({ page })), 'details with errors').toEqual([]);

      await page.goto(urgentAction.path);
      await writeLetterAsAna(page, l);
      await page.getByRole('button', { name: l.showCopy }).click();
      await expect(page.getByRole('region', { name: l.copyRegion })).toBeVisible();
      expect(await axeViolations(new AxeBuilder({ page })), 'draft editor').toEqual([]);

      await page.getByRole('navigation').getByRole('link', { name: l.letters }).click();
      await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);
      expect(await axeViolations(new AxeBuilder({ page })), 'Letters tab').toEqual([]);
    });
  });
}

test('screenshot: a Spanish letter with its English reading copy (docs/screenshots/composer-reading-copy.png)', async ({
  page,
}) => {
  await page.goto(urgentAction.path);
  await writeLetterAsAna(page, labels.en);
  await page.getByRole('textbox', { name: labels.en.own }).fill(ownParagraph);
  await page.getByRole('button', { name: labels.en.showCopy }).click();
  await expect(
    page.getByRole('region', { name: 'Reading copy in English — not sent' }),
  ).toBeVisible();
  await expect(page.getByText('Saved on this phone')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: screenshotPath('composer-reading-copy.png'), fullPage: true });
});
