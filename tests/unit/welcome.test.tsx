import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installPlatform } from '../../src/features/welcome/installPlatform';
import { renderApp } from './renderApp';

const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe('the first-run welcome', () => {
  it('greets a newcomer above the cases, says how to join, and never comes back once read', async () => {
    const { user, location } = await renderApp({ language: 'en', welcome: 'new' });

    const welcome = await screen.findByRole('region', { name: 'Welcome to Carta' });
    expect(within(welcome).getByText(/works offline too/)).toBeTruthy();
    expect(within(welcome).getByText(/scan the QR code your coordinator gives you/)).toBeTruthy();
    // The cases are there at the same time, below it.
    expect(screen.getByRole('heading', { level: 2, name: 'Open cases' })).toBeTruthy();

    await user.click(within(welcome).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('region', { name: 'Welcome to Carta' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Cases' }));
    expect(location.history).toEqual(['/']);

    cleanup();
    await renderApp({ language: 'en', welcome: 'as left' });
    await screen.findByRole('heading', { level: 2, name: 'Open cases' });
    expect(screen.queryByRole('region', { name: 'Welcome to Carta' })).toBeNull();
  });

  it('can be skipped at once, and leads to the join form in Spanish', async () => {
    const { user, location } = await renderApp({ language: 'es', welcome: 'new' });

    const welcome = await screen.findByRole('region', { name: 'Le damos la bienvenida a Carta' });
    expect(within(welcome).getByText(/funciona sin conexión/)).toBeTruthy();
    await user.click(within(welcome).getByRole('link', { name: 'Unirse en Ajustes' }));
    expect(location.history.at(-1)).toBe('/settings');

    cleanup();
    const again = await renderApp({ language: 'es', welcome: 'as left' });
    const still = await screen.findByRole('region', { name: 'Le damos la bienvenida a Carta' });
    await again.user.click(within(still).getByRole('button', { name: 'Omitir' }));
    expect(screen.queryByRole('region', { name: 'Le damos la bienvenida a Carta' })).toBeNull();
  });

  it('gives the install steps of the phone it is on, and none once installed', () => {
    expect(installPlatform(ANDROID_CHROME, false)).toBe('android');
    expect(installPlatform(IPHONE_SAFARI, false)).toBe('iphone');
    expect(installPlatform(IPHONE_SAFARI, true)).toBe('installed');
    expect(installPlatform('Mozilla/5.0 (X11; Linux x86_64)', false)).toBe('other');
  });
});
