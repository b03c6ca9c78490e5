import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledCases } from '../../src/content/bundledCases';
import type { Case } from '../../src/domain/case';
import { renderApp } from './renderApp';

function bundled(id: string): Case {
  const found = bundledCases.find((c) => c.id === id);
  if (!found) throw new Error(`no bundled case ${id}`);
  return found;
}

const ua = bundled('ua-105-22');

/** The list entry (card) of the case whose title link has this name. */
async function findCaseCard(title: string): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name: title });
  const card = link.closest('li');
  if (!card) throw new Error(`the link "${title}" is not in a list item`);
  return card;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the case list', () => {
  it('shows UA 105.22 with its kind, country and the warning that its deadline has passed', async () => {
    await renderApp({ language: 'en' });

    expect(screen.getByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
    const card = await findCaseCard(ua.title.en);
    expect(within(card).getByText('UA 105.22')).toBeTruthy();
    expect(within(card).getByText('Urgent Action')).toBeTruthy();
    expect(within(card).getByText('Peru')).toBeTruthy();
    expect(
      within(card).getByText(
        'Deadline passed on 7 March 2023: check with your section office before sending',
      ),
    ).toBeTruthy();
  });

  it('counts down the days while a case is still open, in both languages', async () => {
    // Only Date is faked: Dexie and Testing Library still need real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2023, 1, 28, 9, 0));

    await renderApp({ language: 'en' });
    expect(within(await findCaseCard(ua.title.en)).getByText('7 days left')).toBeTruthy();

    vi.setSystemTime(new Date(2023, 2, 6, 9, 0));
    await renderApp({ language: 'es' });
    const card = await findCaseCard(ua.title.es);
    expect(within(card).getByText('Queda 1 día')).toBeTruthy();
    expect(within(card).getByText('Acción Urgente')).toBeTruthy();
    expect(within(card).getByText('Perú')).toBeTruthy();
  });

  it('says when today is the last day to act', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2023, 2, 7, 23, 30));

    await renderApp({ language: 'en' });

    expect(within(await findCaseCard(ua.title.en)).getByText('Last day today')).toBeTruthy();
  });
});

describe('a case page', () => {
  it("opens from the list and puts the ambassador's phone and email one tap away", async () => {
    const { user, location } = await renderApp({ language: 'en' });

    await user.click(await screen.findByRole('link', { name: ua.title.en }));

    expect(await screen.findByRole('heading', { level: 1, name: ua.title.en })).toBeTruthy();
    expect(location.history).toContain('/cases/ua-105-22');
    // Who to write to is below the first screen, in code that arrives after it.
    const ambassador = await screen.findByRole('heading', { level: 3, name: 'Oswaldo de Rivero' });
    const card = ambassador.closest('li');
    if (!card) throw new Error('the ambassador is not in a list item');
    expect(
      within(card)
        .getByRole('link', { name: /\+1 202 833 9860/ })
        .getAttribute('href'),
    ).toBe('tel:+12028339860');
    expect(
      within(card)
        .getByRole('link', { name: /digitaldiplomacy@embassyofperu\.us/ })
        .getAttribute('href'),
    ).toBe('mailto:digitaldiplomacy@embassyofperu.us');
    // A fax number is for reading out to a fax machine, not for the phone's dialer.
    expect(within(card).getByText('+1 202 659 8124')).toBeTruthy();
    expect(within(card).queryByRole('link', { name: /659 8124/ })).toBeNull();
    const contactForm = within(card).getByRole('link', { name: /Contact form/ });
    expect(contactForm.getAttribute('target')).toBe('_blank');
    expect(contactForm.getAttribute('rel')).toBe('noopener noreferrer');
    expect(
      within(card)
        .getByRole('link', { name: /@PeruInTheUSA/ })
        .getAttribute('href'),
    ).toBe('https://x.com/PeruInTheUSA');
  });

  it('reads in Spanish, with Spanish dates and a hint to write in Spanish', async () => {
    await renderApp({ language: 'es', path: '/cases/ua-105-22' });

    expect(await screen.findByRole('heading', { level: 1, name: ua.title.es })).toBeTruthy();
    expect(
      screen.getByText(
        'El plazo terminó el 7 de marzo de 2023: consulte con la oficina de su sección antes de enviar nada',
      ),
    ).toBeTruthy();
    expect(await screen.findByText(/Si puede, escriba en español/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'A quién escribir' })).toBeTruthy();
    const deadline = screen.getByText('7 de marzo de 2023');
    expect(deadline.tagName).toBe('TIME');
    expect(deadline.getAttribute('datetime')).toBe('2023-03-07');
  });

  it('puts writing and reporting on the first screen, before the background, and jumps to the report form', async () => {
    const { user } = await renderApp({ language: 'en', path: '/cases/ua-105-22' });

    const title = await screen.findByRole('heading', { level: 1, name: ua.title.en });
    const write = screen.getByRole('link', { name: 'Write a letter' });
    const report = screen.getByRole('link', { name: 'Report what you did' });
    const background = screen.getByText('Background');
    const follows = (a: Element, b: Element) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(title, write)).toBe(true);
    expect(follows(write, report)).toBe(true);
    expect(follows(report, background)).toBe(true);
    // The background is there to open, not in the way.
    const firstParagraph = ua.background.en[0]!;
    expect(screen.getByText(firstParagraph).closest('details')?.open).toBe(false);
    await user.click(background);
    expect(screen.getByText(firstParagraph).closest('details')?.open).toBe(true);

    const formHeading = await screen.findByRole('heading', {
      level: 3,
      name: 'Report what you did',
    });
    await user.click(report);
    expect(document.activeElement).toBe(formHeading);
  });

  it('offers the same first screen in Spanish', async () => {
    await renderApp({ language: 'es', path: '/cases/ua-105-22' });

    expect(await screen.findByRole('link', { name: 'Escribir una carta' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Informe de lo que ha hecho' })).toBeTruthy();
    expect(screen.getByText('Contexto').tagName).toBe('SUMMARY');
    expect((await screen.findByText('Fuentes')).tagName).toBe('SUMMARY');
  });

  it('lists the updates of a case newest first', async () => {
    const petition = bundled('peru-repression-petition');
    await renderApp({ language: 'en', path: '/cases/peru-repression-petition' });

    const updates = within(
      (await screen.findByRole('heading', { level: 2, name: 'Updates' })).closest('section')!,
    );
    const dates = updates.getAllByRole('listitem').map((item) => {
      return item.querySelector('time')?.getAttribute('datetime');
    });
    const newestFirst = petition.updates.map((u) => u.date).sort((a, b) => b.localeCompare(a));
    expect(dates).toEqual(newestFirst);
    expect(dates.length).toBeGreaterThan(1);
  });

  it('shows markup in case text as plain text and never runs it', async () => {
    const hostile: Case = {
      ...ua,
      id: 'markup-test',
      title: { en: 'A case with <b>markup</b>', es: 'Un caso con <b>marcas</b>' },
      background: {
        en: ['<img src=x onerror=alert(1)>', 'A second paragraph.'],
        es: ['<img src=x onerror=alert(1)>', 'Un segundo párrafo.'],
      },
    };
    const { container } = await renderApp({
      language: 'en',
      path: '/cases/markup-test',
      cases: [hostile],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'A case with <b>markup</b>' }),
    ).toBeTruthy();
    const paragraph = screen.getByText('<img src=x onerror=alert(1)>');
    expect(paragraph.tagName).toBe('P');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('says so when a link points at a case neither the phone nor the server has, and leads back', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return Response.json(
        { error: { code: 'not_found', message: 'No such case' } },
        { status: 404 },
      );
    });
    const { user } = await renderApp({ language: 'en', path: '/cases/no-such-case' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Case not found' })).toBeTruthy();
    expect(
      screen.getByText(/^Neither this phone nor the group's server has this case/),
    ).toBeTruthy();
    expect(asked).toEqual([`${window.location.origin}/api/v1/public/cases/no-such-case`]);
    await user.click(screen.getByRole('link', { name: 'Back to the cases' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: ua.title.en })).toBeTruthy();
  });
});

describe('a case opened from a QR code on a phone that never joined', () => {
  const groupCase: Case = {
    ...ua,
    id: 'ua-151-26',
    reference: { en: 'UA 151.26', es: 'AU 151/26' },
    title: { en: 'Juliaca: protect the witnesses', es: 'Juliaca: protejan a los testigos' },
    version: 1,
  };

  it('reads the public case from the group, shows it in Spanish, and keeps it for offline', async () => {
    const asked: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      asked.push({ url, init });
      return Response.json(groupCase);
    });
    const { database } = await renderApp({ language: 'es', path: '/cases/ua-151-26' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Juliaca: protejan a los testigos' }),
    ).toBeTruthy();
    expect((await database.cases.get('ua-151-26'))?.version).toBe(1);
    // One read, with no token: the phone is not a member and sends nothing else.
    expect(asked.map((call) => call.url)).toEqual([
      `${window.location.origin}/api/v1/public/cases/ua-151-26`,
    ]);
    expect(new Headers(asked[0]?.init.headers).has('Authorization')).toBe(false);
    expect(await database.outbox.count()).toBe(0);
  });

  it('says it needs a connection when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await renderApp({ language: 'en', path: '/cases/ua-151-26' });

    expect(await screen.findByText(/^This case is not on this phone yet/)).toBeTruthy();
  });

  it('offers the QR code of a public case, which encodes the link to it', async () => {
    const { user } = await renderApp({ language: 'en', path: `/cases/${ua.id}` });
    await user.click(await screen.findByRole('button', { name: 'Show QR code' }));

    expect(
      await screen.findByRole('img', { name: `QR code that opens ${ua.title.en}` }),
    ).toBeTruthy();
    expect(screen.getByText(`${window.location.origin}/cases/${ua.id}`)).toBeTruthy();
  });
});

describe('the shell', () => {
  it('shows a translated "page not found" inside the app for an unknown address', async () => {
    await renderApp({ language: 'es', path: '/no/existe' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Página no encontrada' }),
    ).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    expect(within(nav).getByRole('link', { name: 'Casos' })).toBeTruthy();
  });

  it('marks the tab of the current page in the bottom navigation', async () => {
    const { user } = await renderApp({ language: 'en' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const casesTab = within(nav).getByRole('link', { name: 'Cases' });
    const settingsTab = within(nav).getByRole('link', { name: 'Settings' });
    expect(casesTab.getAttribute('aria-current')).toBe('page');
    expect(settingsTab.getAttribute('aria-current')).toBeNull();

    await user.click(settingsTab);

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(settingsTab.getAttribute('aria-current')).toBe('page');
    expect(casesTab.getAttribute('aria-current')).toBeNull();
    const marked = within(nav)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current'));
    expect(marked).toEqual([settingsTab]);
  });
});
