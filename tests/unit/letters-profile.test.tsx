import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';
import { field, president, saveAnasDetails } from './lettersStory';

// These stories type whole sentences; on a busy two-core machine that can pass the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

describe('the details letters are signed with', () => {
  it('are asked for the first time a letter needs them, and a mistake keeps what was typed', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22/write' });
    await screen.findByRole('heading', { level: 1, name: 'Write a letter' });

    await user.click(screen.getByRole('button', { name: 'Start writing' }));

    const step = await screen.findByRole('heading', {
      level: 2,
      name: 'Your details for the letter',
    });
    expect(document.activeElement).toBe(step);
    expect(screen.getByText(/Carta never sends them to your group or anyone else/)).toBeTruthy();
    await user.type(field('Full name'), 'Ana Pérez');
    await user.type(field('Email (optional)'), 'ana@example');
    await user.click(screen.getByRole('button', { name: 'Save and start writing' }));

    expect(
      screen.getByText('Enter your postal address: officials may reply by post.'),
    ).toBeTruthy();
    expect(
      screen.getByText('Enter an email address like name@example.org, or leave it empty.'),
    ).toBeTruthy();
    const address = field(/^Postal address/);
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(address.getAttribute('aria-describedby')).toMatch(/error/);
    expect(document.activeElement).toBe(address);
    expect(field('Full name').value).toBe('Ana Pérez');
    expect(field('Email (optional)').value).toBe('ana@example');
    expect(await database.drafts.count()).toBe(0);
    expect(await database.profile.get('me')).toBeUndefined();

    await user.type(address, '12 High Street{Enter}Sutton Coldfield');
    await user.type(field('Postcode (optional)'), 'B72 1AA');
    await user.type(field('Email (optional)'), '.org');
    await user.click(screen.getByRole('button', { name: 'Save and start writing' }));

    // The choices made before the detour are kept: one letter, to the President, in Spanish.
    expect(
      await screen.findByRole('heading', { level: 1, name: `Letter to ${president}` }),
    ).toBeTruthy();
    expect(await database.profile.get('me')).toMatchObject({
      name: 'Ana Pérez',
      address: '12 High Street\nSutton Coldfield',
      postcode: 'B72 1AA',
      email: 'ana@example.org',
    });
    const [draft] = await database.drafts.toArray();
    expect(draft?.language).toBe('es');
    expect(draft?.body).toMatch(/Ana Pérez\n12 High Street\nSutton Coldfield\nB72 1AA$/);
  });

  it('are not asked again once saved', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22/write' });
    await saveAnasDetails(database);
    await screen.findByRole('heading', { level: 1, name: 'Write a letter' });

    await user.click(screen.getByRole('button', { name: 'Start writing' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: `Letter to ${president}` }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Your details for the letter' })).toBeNull();
  });

  it('can be corrected in Settings, where they say they stay on the phone', async () => {
    const { user, database } = await renderApp({ language: 'es' });
    await saveAnasDetails(database);
    await user.click(screen.getByRole('link', { name: 'Ajustes' }));

    const section = (
      await screen.findByRole('heading', { level: 2, name: 'Sus datos para las cartas' })
    ).closest('section')!;
    const details = within(section);
    expect(await details.findByText(/Se guardan solo en este teléfono/)).toBeTruthy();
    const name = details.getByRole('textbox', { name: 'Nombre y apellidos' }) as HTMLInputElement;
    expect(name.value).toBe('Ana Pérez');
    expect(name.getAttribute('autocomplete')).toBe('name');
    expect(
      details.getByRole('textbox', { name: /^Dirección postal/ }).getAttribute('autocomplete'),
    ).toBe('street-address');
    expect(
      details
        .getByRole('textbox', { name: 'Código postal (opcional)' })
        .getAttribute('autocomplete'),
    ).toBe('postal-code');
    expect(
      details
        .getByRole('textbox', { name: 'Correo electrónico (opcional)' })
        .getAttribute('autocomplete'),
    ).toBe('email');

    await user.clear(name);
    await user.click(details.getByRole('button', { name: 'Guardar mis datos' }));
    expect(details.getByText('Escriba su nombre, tal como firma sus cartas.')).toBeTruthy();
    expect((await database.profile.get('me'))?.name).toBe('Ana Pérez');

    await user.type(name, '  Ana Pérez García ');
    await user.click(details.getByRole('button', { name: 'Guardar mis datos' }));

    expect(await details.findByText('Guardados en este teléfono.')).toBeTruthy();
    expect((await database.profile.get('me'))?.name).toBe('Ana Pérez García');
  });
});
