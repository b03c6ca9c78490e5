import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import { newDraft } from '../../src/features/letters/createDrafts';
import { renderApp } from './renderApp';
import {
  ambassador,
  ana,
  field,
  president,
  saveAnasDetails,
  startLetterFromCase,
} from './lettersStory';

// These stories type whole sentences; on a busy two-core machine that can pass the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.useRealTimers();
});

const ua = bundledCases.find((c) => c.id === 'ua-105-22')!;

function letterItem(name: string): HTMLElement {
  const item = screen.getByRole('heading', { level: 3, name: `To ${name}` }).closest('li');
  if (!item) throw new Error(`no letter to ${name}`);
  return item;
}

describe('the Letters tab', () => {
  it('explains how to start when there are no letters yet', async () => {
    const { user } = await renderApp({ language: 'en' });
    const nav = screen.getByRole('navigation', { name: 'Main' });

    await user.click(within(nav).getByRole('link', { name: 'Letters' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Letters' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Letters' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await screen.findByText(/Open a case and tap “Write a letter”/)).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Go to the cases' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
  });

  it('lists a draft under its case, copies it for the ambassador, deletes it and brings it back', async () => {
    const { user, database } = await renderApp({ language: 'en', path: '/cases/ua-105-22' });
    await saveAnasDetails(database);
    await startLetterFromCase(user);
    await screen.findByRole('heading', { level: 1, name: `Letter to ${president}` });
    await user.type(field('Your own paragraph (optional)'), 'Escribo desde Sutton Coldfield.');
    await user.click(screen.getByRole('link', { name: 'Letters' }));

    await screen.findByRole('heading', { level: 1, name: 'Letters' });
    const caseSection = (
      await screen.findByRole('heading', { level: 2, name: ua.title.en })
    ).closest('section')!;
    const item = within(letterItem(president));
    expect(item.getByText('In Spanish')).toBeTruthy();
    expect(item.getByText('Edited just now')).toBeTruthy();
    expect(item.getByText('Draft')).toBeTruthy();
    expect(within(caseSection).getAllByRole('listitem')).toHaveLength(1);

    await user.click(
      item.getByRole('button', { name: `Copy the letter to ${president} for another person` }),
    );
    const copyTo = item.getByRole('group', { name: 'Copy to' });
    expect(
      within(copyTo).getByRole('radio', { checked: true }).closest('label')?.textContent,
    ).toMatch(ambassador);
    await user.click(item.getByRole('button', { name: 'Make the copy' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: `Letter to ${ambassador}` }),
    ).toBeTruthy();
    expect(field('Letter').value.startsWith('Señor Embajador:')).toBe(true);
    expect(field('Your own paragraph (optional)').value).toBe('Escribo desde Sutton Coldfield.');
    expect(await database.drafts.count()).toBe(2);

    await user.click(screen.getByRole('link', { name: 'All letters' }));
    await screen.findByRole('heading', { level: 3, name: `To ${ambassador}` });
    const original = (await database.drafts.toArray()).find((d) => d.targetId === 'president')!;

    await user.click(
      within(letterItem(president)).getByRole('button', {
        name: `Delete the letter to ${president}`,
      }),
    );

    await waitFor(() =>
      expect(screen.queryByRole('heading', { level: 3, name: `To ${president}` })).toBeNull(),
    );
    expect(screen.getByText(`Letter to ${president} deleted.`).getAttribute('role')).toBe('status');
    expect(await database.drafts.get(original.id)).toBeUndefined();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);

    await user.click(undo);

    expect(await screen.findByRole('heading', { level: 3, name: `To ${president}` })).toBeTruthy();
    expect(await database.drafts.get(original.id)).toEqual(original);
    expect(screen.getByText(`Letter to ${president} restored.`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('stops offering Undo after ten seconds, and the letter stays deleted', async () => {
    const { database } = await renderApp({ language: 'en', path: '/letters' });
    // The Letters screen arrives as its own chunk: it must be there before the clock is faked.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Letters' }, { timeout: 4000 }),
    ).toBeTruthy();
    await database.drafts.add(newDraft(ua, ua.targets[0]!, 'es', ana, new Date()));
    await screen.findByRole('heading', { level: 3, name: `To ${president}` });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    fireEvent.click(screen.getByRole('button', { name: `Delete the letter to ${president}` }));
    // Polled with setImmediate, which is not faked: waiting must not move the fake clock on.
    for (let i = 0; i < 1000 && !screen.queryByRole('button', { name: 'Undo' }); i++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Lets React run the effect that starts the countdown before the clock moves.
    await act(async () => {});
    vi.advanceTimersByTime(9_900);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    vi.advanceTimersByTime(100);
    vi.useRealTimers();

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(await database.drafts.count()).toBe(0);
    // Focus moves in an effect that runs just after the button has gone.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 1, name: 'Letters' }),
      ),
    );
  });

  it('says how and when a letter was sent, in Spanish', async () => {
    const { database } = await renderApp({ language: 'es', path: '/letters' });
    const sent = newDraft(ua, ua.targets[1]!, 'es', ana, new Date(2026, 10, 1, 9));
    await database.drafts.add({
      ...sent,
      channel: 'email',
      sentAt: new Date(2026, 10, 22, 18).toISOString(),
    });

    const item = (
      await screen.findByRole('heading', { level: 3, name: `A ${ambassador}` })
    ).closest('li')!;
    expect(
      within(item).getByText('Enviada por correo electrónico el 22 de noviembre de 2026'),
    ).toBeTruthy();
    expect(within(item).getByText('En español')).toBeTruthy();
    expect(within(item).getByText(/^Editada el /)).toBeTruthy();
    expect(
      within(item)
        .getByRole('link', { name: `Abrir la carta a ${ambassador}` })
        .getAttribute('href'),
    ).toBe(`/letters/${sent.id}`);
  });
});
