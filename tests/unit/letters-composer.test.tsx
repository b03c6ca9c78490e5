import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';
import { ambassador, ana, president, saveAnasDetails, startLetterFromCase } from './lettersStory';

// These stories type whole sentences; on a busy two-core machine that can pass the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.useRealTimers();
});

function checkbox(name: RegExp): HTMLInputElement {
  return screen.getByRole('checkbox', { name }) as HTMLInputElement;
}

describe('starting a letter from a case', () => {
  it('writes a Spanish appeal to President Boluarte, signed by the member and dated today in Spanish', async () => {
    // Only Date is faked: Dexie and Testing Library still need real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 10, 30));
    const { user, database, location } = await renderApp({
      language: 'en',
      path: '/cases/ua-105-22',
    });
    await saveAnasDetails(database);

    await user.click(await screen.findByRole('link', { name: 'Write a letter' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Write a letter' })).toBeTruthy();
    expect(checkbox(new RegExp(president)).checked).toBe(true);
    expect(checkbox(new RegExp(ambassador)).checked).toBe(false);
    const languages = screen.getByRole('group', { name: 'Language of the letter' });
    expect(
      (within(languages).getByRole('radio', { name: 'Español' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(within(languages).getByText(/The officials prefer letters in Spanish/)).toBeTruthy();
    expect(
      screen.getByText(
        'The deadline for this case passed on 7 March 2023. Send your letter only after checking with your section office.',
      ),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Start writing' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: `Letter to ${president}` }),
    ).toBeTruthy();
    const drafts = await database.drafts.toArray();
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(location.history.at(-1)).toBe(`/letters/${draft?.id}`);
    expect(draft?.language).toBe('es');
    expect(draft?.targetId).toBe('president');
    expect(draft?.body.startsWith('Señora Presidenta:\n\nMe dirijo a usted')).toBe(true);
    expect(draft?.body).toContain('como Presidenta de la República del Perú,');
    expect(
      draft?.body.endsWith('Atentamente,\n\nAna Pérez\n12 High Street\nSutton Coldfield\nB72 1AA'),
    ).toBe(true);
    expect(draft?.body).not.toContain('{{');
    expect(draft?.sender).toEqual({
      name: ana.name,
      address: ana.address,
      postcode: ana.postcode,
      email: ana.email,
    });
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(
      'Juliaca (Perú): fin al uso ilegítimo de la fuerza contra los manifestantes',
    );
    expect(screen.getByText('22 de noviembre de 2026')).toBeTruthy();
    expect(screen.getByText('Letter in Spanish')).toBeTruthy();
  });

  it('writes one letter for each person chosen and opens the first', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22/write' });
    await saveAnasDetails(database);
    await screen.findByRole('heading', { level: 1, name: 'Write a letter' });

    await user.click(checkbox(new RegExp(ambassador)));
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Start writing' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: `Letter to ${president}` }),
    ).toBeTruthy();
    const drafts = await database.drafts.toArray();
    expect(drafts.map((d) => [d.targetId, d.language]).sort()).toEqual([
      ['ambassador-usa', 'en'],
      ['president', 'en'],
    ]);
    expect(drafts.find((d) => d.targetId === 'ambassador-usa')?.body).toMatch(/^Dear Ambassador,/);
    // English letter, English screens: nothing to translate, so no reading copy.
    expect(screen.queryByRole('button', { name: /reading copy/ })).toBeNull();
  });

  it('asks for someone to write to when every box is unticked', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22/write' });
    await saveAnasDetails(database);
    await screen.findByRole('heading', { level: 1, name: 'Write a letter' });

    await user.click(checkbox(new RegExp(president)));
    await user.click(screen.getByRole('button', { name: 'Start writing' }));

    expect(screen.getByText('Choose at least one person to write to.')).toBeTruthy();
    expect(document.activeElement).toBe(checkbox(new RegExp(president)));
    expect(await database.drafts.count()).toBe(0);
  });

  it('counts the days left while the case is open, in Spanish', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2023, 1, 28, 9, 0));
    await renderApp({ language: 'es', path: '/cases/ua-105-22/write' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Escribir una carta' }),
    ).toBeTruthy();
    expect(screen.getByText('Quedan 7 días para actuar en este caso.')).toBeTruthy();
  });

  it('offers no letter on a petition, which has nobody to write to', async () => {
    await renderApp({ language: 'en', path: '/cases/peru-repression-petition' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: 'Write a letter' })).toBeNull();
  });

  it('starts from the case page link in Spanish too', async () => {
    const { user, database } = await renderApp({ language: 'es', path: '/cases/ua-105-22' });
    await saveAnasDetails(database);
    await startLetterFromCase(user, { write: 'Escribir una carta', start: 'Empezar a escribir' });
    expect(
      await screen.findByRole('heading', { level: 1, name: `Carta a ${president}` }),
    ).toBeTruthy();
    expect(screen.getByText('Carta en español')).toBeTruthy();
  });
});
