import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CartaDatabase } from '../../src/db/database';
import type { Draft } from '../../src/db/rows';
import { renderApp } from './renderApp';
import { ambassador, field, president, saveAnasDetails, startLetterFromCase } from './lettersStory';

// These stories type whole sentences; on a busy two-core machine that can pass the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

async function onlyDraft(database: CartaDatabase): Promise<Draft> {
  const drafts = await database.drafts.toArray();
  expect(drafts).toHaveLength(1);
  return drafts[0]!;
}

const added = 'Mi grupo de Sutton Coldfield sigue el caso con atención. ¡Gracias! ✊🏽';

describe('the draft editor', () => {
  it("switches to the ambassador: new greeting, role and address, and the member's sentence stays", async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22' });
    await saveAnasDetails(database);
    await startLetterFromCase(user);
    await screen.findByRole('heading', { level: 1, name: `Letter to ${president}` });
    const recipient = within(screen.getByRole('region', { name: 'To' }));
    expect(recipient.getByText(/Jr\. de la Unión S\/N, cuadra 1/)).toBeTruthy();

    const body = field('Letter');
    const afterGreeting = 'Señora Presidenta:\n\n'.length;
    await user.type(body, `${added}\n\n`, {
      initialSelectionStart: afterGreeting,
      initialSelectionEnd: afterGreeting,
    });
    await user.click(
      within(screen.getByRole('group', { name: 'Send this letter to' })).getByRole('radio', {
        name: new RegExp(ambassador),
      }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: `Letter to ${ambassador}` }),
    ).toBeTruthy();
    const text = field('Letter').value;
    expect(text.startsWith(`Señor Embajador:\n\n${added}\n\nMe dirijo a usted`)).toBe(true);
    expect(text).toContain('como Embajador del Perú en los Estados Unidos,');
    expect(text).not.toContain('Presidenta');
    const newRecipient = within(screen.getByRole('region', { name: 'To' }));
    expect(newRecipient.getByText(/1700 Massachusetts Ave\. NW/)).toBeTruthy();
    expect(newRecipient.getByText(/Washington, DC 20036/)).toBeTruthy();
    expect(newRecipient.queryByText(/Jr\. de la Unión/)).toBeNull();

    await waitFor(async () => {
      const saved = await onlyDraft(database);
      expect(saved.targetId).toBe('ambassador-usa');
      expect(saved.body).toBe(text);
    });
    expect(await screen.findByText('Saved on this phone')).toBeTruthy();
  });

  it('lets the writer choose how a letter to their MP opens, rather than "Estimado/a"', async () => {
    const { user, database } = await renderApp({
      language: 'en',
      path: '/cases/juliaca-victims-association',
    });
    await saveAnasDetails(database);
    await user.click(await screen.findByRole('link', { name: 'Write a letter' }));
    await user.click(await screen.findByRole('radio', { name: 'Español' }));
    await user.click(screen.getByRole('button', { name: 'Start writing' }));

    const opening = within(await screen.findByRole('group', { name: 'How the letter opens' }));
    const radios = opening.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => [radio.value, radio.checked])).toEqual([
      ['Estimado diputado:', true],
      ['Estimada diputada:', false],
    ]);
    expect(field('Letter').value.startsWith('Estimado diputado:\n\nComo residente')).toBe(true);

    await user.click(opening.getByRole('radio', { name: 'Estimada diputada:' }));

    expect(field('Letter').value.startsWith('Estimada diputada:\n\nComo residente')).toBe(true);
    expect(opening.getByRole('radio', { name: 'Estimada diputada:' })).toHaveProperty(
      'checked',
      true,
    );
    await waitFor(async () =>
      expect((await onlyDraft(database)).body.startsWith('Estimada diputada:')).toBe(true),
    );
  });

  it('saves what was typed the moment the page is hidden away, without waiting for a pause', async () => {
    const { user, database } = await renderApp({ language: 'es', path: '/cases/ua-105-22' });
    await saveAnasDetails(database);
    await startLetterFromCase(user, { write: 'Escribir una carta', start: 'Empezar a escribir' });
    await screen.findByRole('heading', { level: 1, name: `Carta a ${president}` });

    await user.type(field('Su propio párrafo (opcional)'), 'Escribo desde Inglaterra.');
    expect(screen.getByText('Guardando…').getAttribute('role')).toBe('status');
    await act(async () => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
    });

    await waitFor(async () =>
      expect((await onlyDraft(database)).ownParagraph).toBe('Escribo desde Inglaterra.'),
    );
    expect(await screen.findByText('Guardada en este teléfono')).toBeTruthy();
  });

  it('saves when the member leaves the letter straight after typing', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22' });
    await saveAnasDetails(database);
    await startLetterFromCase(user);
    await screen.findByRole('heading', { level: 1, name: `Letter to ${president}` });

    await user.clear(field('Subject'));
    await user.type(field('Subject'), 'Juliaca: justicia');
    await user.click(screen.getByRole('link', { name: 'All letters' }));

    await screen.findByRole('heading', { level: 1, name: 'Letters' });
    await waitFor(async () =>
      expect((await onlyDraft(database)).subject).toBe('Juliaca: justicia'),
    );
  });

  it('shows an English reading copy beside a Spanish letter, with the own paragraph as written', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22' });
    await saveAnasDetails(database);
    await startLetterFromCase(user);
    await screen.findByRole('heading', { level: 1, name: `Letter to ${president}` });
    await user.type(field('Your own paragraph (optional)'), 'I visited Puno in 2019.');

    const toggle = screen.getByRole('button', { name: 'Show the reading copy in English' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const copyId = toggle.getAttribute('aria-controls')!;
    expect(document.getElementById(copyId)?.hidden).toBe(true);

    await user.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const copy = screen.getByRole('region', { name: 'Reading copy in English — not sent' });
    expect(copy.id).toBe(copyId);
    const reading = within(copy);
    expect(
      reading.getByText('Juliaca, Peru: end the unlawful use of force against protesters'),
    ).toBeTruthy();
    expect(copy.textContent).toContain('Dear Madam President,\n\nI am writing because');
    expect(copy.textContent).toContain('as President of the Republic of Peru, to do everything');
    expect(
      reading.getByRole('heading', { name: 'Your own paragraph, as you wrote it' }),
    ).toBeTruthy();
    expect(
      reading.getByText(/officials accept letters in the writer's own language/i),
    ).toBeTruthy();
    expect(reading.getByText('I visited Puno in 2019.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Hide the reading copy' }));
    expect(document.getElementById(copyId)?.hidden).toBe(true);
  });

  it('shows no reading copy when the letter is in the language of the screens', async () => {
    const { user, database } = await renderApp({ language: 'es', path: '/cases/ua-105-22' });
    await saveAnasDetails(database);
    await startLetterFromCase(user, { write: 'Escribir una carta', start: 'Empezar a escribir' });
    await screen.findByRole('heading', { level: 1, name: `Carta a ${president}` });

    expect(screen.queryByRole('button', { name: /traducción de referencia/ })).toBeNull();
    expect(screen.queryByRole('region', { name: /Traducción de referencia/ })).toBeNull();
  });

  it('puts the own paragraph before the closing in the letter as it will be sent', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22' });
    await saveAnasDetails(database);
    await startLetterFromCase(user);
    await screen.findByRole('heading', { level: 1, name: `Letter to ${president}` });

    await user.type(field('Your own paragraph (optional)'), 'I visited Puno in 2019.');

    // Shown once, in the box being edited; the finished copy opens on demand.
    const preview = screen.getByText('The letter as it will be sent').closest('details')!;
    expect(preview.open).toBe(false);
    await user.click(screen.getByText('The letter as it will be sent'));
    expect(preview.open).toBe(true);
    expect(preview.textContent).toContain(
      'para que así sea.\n\nI visited Puno in 2019.\n\nAtentamente,\n\nAna Pérez',
    );
  });
});
