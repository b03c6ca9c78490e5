import type { UserEvent } from '@testing-library/user-event';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import type { Case } from '../../src/domain/case';
import { renderApp } from './renderApp';

function bundled(id: string): Case {
  const found = bundledCases.find((c) => c.id === id);
  if (!found) throw new Error(`no bundled case ${id}`);
  return found;
}

const ua = bundled('ua-105-22');
const petition = bundled('peru-repression-petition');
const victims = bundled('juliaca-victims-association');

/** A second Urgent Action, in Mexico, due before UA 105.22. */
const mexico: Case = {
  ...ua,
  id: 'ua-12-23',
  reference: { en: 'UA 12.23', es: 'AU 12/23' },
  country: 'MX',
  title: {
    en: 'Mexico: journalist detained in Oaxaca',
    es: 'México: periodista detenido en Oaxaca',
  },
  deadline: '2023-03-02',
};

const released: Case = {
  ...ua,
  id: 'ua-90-22',
  reference: { en: 'UA 90.22', es: 'AU 90/22' },
  title: { en: 'Peru: student leader released', es: 'Perú: liberado un dirigente estudiantil' },
  deadline: '2022-12-01',
  status: 'closed',
  closedOn: '2023-01-20',
  outcome: {
    en: 'Released without charge on 20 January.',
    es: 'Liberado sin cargos el 20 de enero.',
  },
};

const mistake: Case = {
  ...ua,
  id: 'ua-wrong',
  reference: { en: 'UA 1.99', es: 'AU 1/99' },
  title: { en: 'Published by mistake', es: 'Publicado por error' },
  status: 'withdrawn',
};

const groupCases = [ua, petition, victims, mexico, released, mistake];

beforeEach(() => {
  // Only Date is faked (Dexie and Testing Library need real timers): a day when UA 105.22 was open.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2023, 1, 28, 9, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

function section(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 2, name });
  const found = heading.closest('section');
  if (!found) throw new Error(`"${name}" is not a section heading`);
  return found;
}

function titlesIn(container: HTMLElement): string[] {
  return within(container)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent ?? '');
}

/** What the list says about the search, read out as it changes. */
function searchResult(): string {
  return within(screen.getByRole('main')).getByRole('status').textContent ?? '';
}

function listedTitles(): string[] {
  return screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '');
}

async function search(user: UserEvent, text: string) {
  const box = screen.getByRole('searchbox', { name: 'Search the cases' });
  await user.clear(box);
  await user.type(box, text);
}

describe('the case list of a group with open, closed and withdrawn cases', () => {
  it('lists open cases by deadline, closed ones under "Earlier cases", and never a withdrawn one', async () => {
    await renderApp({ language: 'en', cases: groupCases });

    await screen.findByRole('link', { name: ua.title.en });
    const open = section('Open cases');
    // Soonest deadline first, cases without a deadline after them (newest issued first).
    expect(titlesIn(open)).toEqual([
      mexico.title.en,
      ua.title.en,
      victims.title.en,
      petition.title.en,
    ]);

    const earlier = section('Earlier cases');
    expect(titlesIn(earlier)).toEqual([released.title.en]);
    expect(within(earlier).getByText('Closed on 20 January 2023')).toBeTruthy();
    expect(within(earlier).getByText('Released without charge on 20 January.')).toBeTruthy();
    // A closed case is not counted down, even though its deadline is still ahead of "today".
    expect(within(earlier).queryByText(/days? left/)).toBeNull();

    expect(screen.queryByText(mistake.title.en)).toBeNull();
    expect(screen.queryByText('UA 1.99')).toBeNull();
  });
});

describe('finding a case', () => {
  it('finds a case by its reference, title or country in either language, whatever the UI speaks', async () => {
    const { user } = await renderApp({ language: 'en', cases: groupCases });
    await screen.findByRole('link', { name: ua.title.en });

    // The Spanish reference, typed in an English UI.
    await search(user, 'AU 105');
    expect(listedTitles()).toEqual([ua.title.en]);
    expect(searchResult()).toBe('1 case found');

    // The reference written with other punctuation.
    await search(user, 'ua 105/22');
    expect(listedTitles()).toEqual([ua.title.en]);

    // Capitals do not matter.
    await search(user, 'JULIACA');
    expect(listedTitles()).toEqual([ua.title.en, victims.title.en]);

    // The country's Spanish name, with its accent; the closed case is found in its own section.
    await search(user, 'Perú');
    expect(listedTitles()).toHaveLength(4);
    expect(within(section('Earlier cases')).getByText(released.title.en)).toBeTruthy();
    expect(listedTitles()).not.toContain(mexico.title.en);

    await search(user, 'mexico');
    expect(listedTitles()).toEqual([mexico.title.en]);
  });

  it('finds English titles and countries from the Spanish UI, accents or not', async () => {
    const { user } = await renderApp({ language: 'es', cases: groupCases });
    await screen.findByRole('link', { name: ua.title.es });
    const box = screen.getByRole('searchbox', { name: 'Buscar en los casos' });

    await user.type(box, 'oaxaca journalist');
    expect(listedTitles()).toEqual([mexico.title.es]);
    expect(searchResult()).toBe('1 caso encontrado');

    await user.clear(box);
    await user.type(box, 'mexico');
    expect(listedTitles()).toEqual([mexico.title.es]);

    await user.clear(box);
    await user.type(box, 'peru');
    expect(searchResult()).toBe('4 casos encontrados');
  });

  it('says when nothing matches, and clearing the search brings every case back', async () => {
    const { user } = await renderApp({ language: 'en', cases: groupCases });
    await screen.findByRole('link', { name: ua.title.en });

    await search(user, 'Guatemala');

    expect(searchResult()).toBe('No case matches “Guatemala”.');
    expect(listedTitles()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));

    const box = screen.getByRole('searchbox', { name: 'Search the cases' });
    expect((box as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(listedTitles()).toHaveLength(5);
    expect(searchResult()).toBe('');
  });

  it('shows one kind at a time, and the search works within it', async () => {
    const { user } = await renderApp({ language: 'en', cases: groupCases });
    await screen.findByRole('link', { name: ua.title.en });
    const kinds = screen.getByRole('group', { name: 'Show' });
    expect((within(kinds).getByRole('radio', { name: 'All' }) as HTMLInputElement).checked).toBe(
      true,
    );

    await user.click(within(kinds).getByRole('radio', { name: 'Petitions' }));
    expect(listedTitles()).toEqual([petition.title.en]);
    expect(
      (within(kinds).getByRole('radio', { name: 'Petitions' }) as HTMLInputElement).checked,
    ).toBe(true);

    await user.click(within(kinds).getByRole('radio', { name: 'Urgent Actions' }));
    expect(listedTitles()).toEqual([mexico.title.en, ua.title.en, released.title.en]);
    await search(user, 'oaxaca');
    expect(listedTitles()).toEqual([mexico.title.en]);

    await search(user, 'Juliaca victims');
    expect(searchResult()).toBe('No Urgent Action matches “Juliaca victims”.');
  });

  it('offers all cases back when the phone has none of the chosen kind', async () => {
    const { user } = await renderApp({ language: 'es', cases: [ua, victims] });
    await screen.findByRole('link', { name: ua.title.es });

    await user.click(screen.getByRole('radio', { name: 'Peticiones' }));

    expect(searchResult()).toBe('No hay peticiones en este teléfono.');
    await user.click(screen.getByRole('button', { name: 'Mostrar todos los casos' }));
    expect(listedTitles()).toEqual([ua.title.es, victims.title.es]);
    expect((screen.getByRole('radio', { name: 'Todos' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('coming back from a case', () => {
  it('finds the search and the kind as the member left them, and the address carries them', async () => {
    const { user, location } = await renderApp({ language: 'es', cases: groupCases });
    await screen.findByRole('link', { name: ua.title.es });
    await user.click(screen.getByRole('radio', { name: 'Acciones Urgentes' }));
    await user.type(screen.getByRole('searchbox', { name: 'Buscar en los casos' }), 'oaxaca');
    expect(listedTitles()).toEqual([mexico.title.es]);

    await user.click(screen.getByRole('link', { name: mexico.title.es }));
    await screen.findByRole('heading', { level: 1, name: mexico.title.es });
    await user.click(screen.getByRole('link', { name: 'Todos los casos' }));

    const box = await screen.findByRole('searchbox', { name: 'Buscar en los casos' });
    expect((box as HTMLInputElement).value).toBe('oaxaca');
    expect(
      (screen.getByRole('radio', { name: 'Acciones Urgentes' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(listedTitles()).toEqual([mexico.title.es]);
    expect(location.history?.at(-1)).toBe('/?q=oaxaca&kind=urgent-action');

    // Clearing the search is remembered too: the next visit shows every case of the kind.
    await user.clear(box);
    await user.click(screen.getByRole('link', { name: ua.title.es }));
    await user.click(await screen.findByRole('link', { name: 'Todos los casos' }));
    await screen.findByRole('searchbox', { name: 'Buscar en los casos' });
    expect(listedTitles()).toEqual([mexico.title.es, ua.title.es, released.title.es]);
  });
});

describe('a case the group updated', () => {
  it('shows "Updated" until the member opens it, and again when another update arrives', async () => {
    const { user, database } = await renderApp({ language: 'en', cases: groupCases });
    // The member read the petition when its newest update was the one of 1 June 2024.
    await database.caseReads.put({
      caseId: petition.id,
      seenUpdateOn: '2024-06-01',
      openedAt: '2024-06-02T10:00:00.000Z',
    });
    // …and UA 105.22, which has no updates.
    await database.caseReads.put({
      caseId: ua.id,
      seenUpdateOn: null,
      openedAt: '2024-06-02T10:00:00.000Z',
    });

    const card = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;
    await waitFor(() => expect(within(card(petition.title.en)).getByText('Updated')).toBeTruthy());
    expect(within(card(ua.title.en)).queryByText('Updated')).toBeNull();
    // Never opened: the whole case is new to the member, not "updated".
    expect(within(card(victims.title.en)).queryByText('Updated')).toBeNull();

    await user.click(screen.getByRole('link', { name: petition.title.en }));
    const updates = within(
      (await screen.findByRole('heading', { level: 2, name: 'Updates' })).closest('section')!,
    );
    expect(
      updates.getAllByRole('listitem').map((li) => li.querySelector('time')?.textContent),
    ).toEqual(['1 July 2024', '1 June 2024', '1 February 2024']);
    await waitFor(async () =>
      expect((await database.caseReads.get(petition.id))?.seenUpdateOn).toBe('2024-07-01'),
    );

    await user.click(screen.getByRole('link', { name: 'All cases' }));
    await screen.findByRole('link', { name: petition.title.en });
    expect(within(card(petition.title.en)).queryByText('Updated')).toBeNull();

    // The next sync brings a new update.
    await act(async () => {
      await database.cases.put({
        ...petition,
        origin: 'server',
        version: petition.version + 1,
        updates: [
          {
            date: '2024-09-10',
            title: { en: 'Hearing set', es: 'Fecha de la audiencia' },
            text: { en: 'The court set a hearing.', es: 'El tribunal fijó una audiencia.' },
          },
          ...petition.updates,
        ],
      });
    });
    await waitFor(() => expect(within(card(petition.title.en)).getByText('Updated')).toBeTruthy());
  });
});
