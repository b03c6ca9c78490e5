import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { version } from '../../package.json';
import { LANGUAGE_STORAGE_KEY } from '../../src/app/i18n';
import { renderApp } from './renderApp';

function browserLanguages(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('language', () => {
  it('switches the screens to Spanish from Settings and remembers the choice', async () => {
    const { user } = await renderApp({ language: 'en', path: '/settings' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    const languages = screen.getByRole('radiogroup', { name: 'Language' });
    const english = within(languages).getByRole('radio', { name: 'English' });
    expect((english as HTMLInputElement).checked).toBe(true);

    await user.click(within(languages).getByRole('radio', { name: 'Español' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ajustes' })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Idioma' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Español' }) as HTMLInputElement).checked).toBe(true);
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('es');

    await user.click(screen.getByRole('link', { name: 'Casos' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Casos' })).toBeTruthy();
  });

  it('names each language in that language, marked so screen readers pronounce it right', async () => {
    await renderApp({ language: 'es', path: '/settings' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ajustes' })).toBeTruthy();
    const english = screen.getByRole('radio', { name: 'English' });
    const spanish = screen.getByRole('radio', { name: 'Español' });
    expect(english.closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(spanish.closest('[lang]')?.getAttribute('lang')).toBe('es');
  });

  it('starts in Spanish on a first visit from a Spanish-language browser', async () => {
    browserLanguages('es-MX', 'es');

    await renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Casos' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('es');
  });

  it('falls back to English for a browser language Carta does not speak', async () => {
    browserLanguages('fr-FR', 'fr');

    await renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it("keeps the member's stored choice over the browser's language", async () => {
    browserLanguages('en-GB', 'en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'es');

    await renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Casos' })).toBeTruthy();
  });
});

describe('about Carta', () => {
  it('shows the version of the app, for when a member reports a problem', async () => {
    await renderApp({ language: 'en', path: '/settings' });

    expect(screen.getByRole('heading', { level: 2, name: 'About Carta' })).toBeTruthy();
    expect(screen.getByText(version)).toBeTruthy();
  });
});
