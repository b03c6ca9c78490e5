import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeLetter } from '../../src/domain/composeLetter';
import type { Case } from '../../src/domain/case';
import type { Draft } from '../../src/db/rows';
import {
  printedAwaitingAnswer,
  rememberPrinted,
} from '../../src/features/letters/send/pendingSentQuestion';
import { SendPanel } from '../../src/features/letters/send/SendPanel';
import { draftFor, renderWithApp, targetOf, ua } from './send-render';

const president = targetOf(ua, 'president');
const ambassador = targetOf(ua, 'ambassador-usa');

async function renderSendPanel(
  draft: Draft,
  { uiLanguage = 'en', theCase = ua }: { uiLanguage?: 'en' | 'es'; theCase?: Case } = {},
) {
  const target = targetOf(theCase, draft.targetId);
  const rendered = await renderWithApp(
    <SendPanel draft={draft} theCase={theCase} target={target} />,
    { uiLanguage, drafts: [draft] },
  );
  await screen.findByRole('heading', { level: 2 });
  return rendered;
}

function channelHeadings(): string[] {
  return screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '');
}

// jsdom cannot follow mailto:, tel: or other sites; the app's own click handlers still run.
function stopNavigation(event: MouseEvent) {
  if ((event.target as Element).closest('a')) event.preventDefault();
}

afterEach(() => {
  document.removeEventListener('click', stopNavigation);
  vi.useRealTimers();
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('the send panel', () => {
  it('offers the President email and post, and nothing she cannot receive', async () => {
    await renderSendPanel(draftFor(president, 'es'));

    expect(channelHeadings()).toEqual(['Email', 'Post']);
  });

  it('offers the ambassador every channel he has: email, post, fax, phone and social media', async () => {
    await renderSendPanel(draftFor(ambassador, 'es'));

    expect(channelHeadings()).toEqual(['Email', 'Post', 'Fax', 'Phone', 'Social media']);
    expect(screen.getByRole('link', { name: 'Print for faxing' }).getAttribute('href')).toMatch(
      /^\/letters\/[\w-]+\/print\?via=fax$/,
    );
  });

  it('links to an email with the recipient, subject and the whole letter, accents intact', async () => {
    // The case's full Spanish letter is too long for a link once its accents are encoded (next
    // test); a member who cut it down to a few lines gets it inside the link.
    const draft = draftFor(president, 'es', {
      body: 'Señora Presidenta:\n\nPido que se investiguen las muertes de Juliaca.\n\nAtentamente,\n\nAna Pérez',
      ownParagraph: 'Escribo desde Sutton Coldfield.',
    });
    await renderSendPanel(draft);

    const link = screen.getByRole('link', { name: 'Open in your email app' });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('dboluarte@presidencia.gob.pe');
    expect(url.searchParams.get('subject')).toBe(
      'Juliaca (Perú): fin al uso ilegítimo de la fuerza contra los manifestantes',
    );
    expect(url.searchParams.get('body')).toBe(
      'Señora Presidenta:\r\n\r\nPido que se investiguen las muertes de Juliaca.\r\n\r\n' +
        'Escribo desde Sutton Coldfield.\r\n\r\nAtentamente,\r\n\r\nAna Pérez',
    );
    expect(screen.queryByText(/too long to go into an email link/)).toBeNull();
  });

  it('copies a letter too long for an email link and opens the mail app with the subject only', async () => {
    const ownParagraph = 'Pido justicia para las víctimas de Juliaca.';
    const draft = draftFor(president, 'es', { ownParagraph });
    const { user } = await renderSendPanel(draft);
    document.addEventListener('click', stopNavigation);

    expect(screen.getByText(/This letter is too long to go into an email link/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open in your email app' });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.pathname).toBe('dboluarte@presidencia.gob.pe');
    expect(url.searchParams.get('subject')).toBe(draft.subject);
    expect(url.searchParams.has('body')).toBe(false);

    await user.click(link);

    expect(
      await screen.findByText('The letter is on your clipboard — paste it into the email'),
    ).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(
      composeLetter(draft.body, ownParagraph, 'es'),
    );
  });

  it('shows the long letter selected for copying by hand when the phone will not copy it', async () => {
    const ownParagraph = 'Pido justicia para las víctimas de Juliaca. '.repeat(20).trim();
    const draft = draftFor(president, 'es', { ownParagraph });
    const { user } = await renderSendPanel(draft);
    document.addEventListener('click', stopNavigation);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied'));

    await user.click(screen.getByRole('link', { name: 'Open in your email app' }));

    const box = (await screen.findByRole('textbox', {
      name: "Your letter's text",
    })) as HTMLTextAreaElement;
    expect(box.readOnly).toBe(true);
    expect(box.value).toBe(composeLetter(draft.body, ownParagraph, 'es'));
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
    expect(screen.getByText(/Carta could not copy the letter/)).toBeTruthy();
  });

  it('asks "Did you send it?" after the email opens, and Yes marks the draft sent by email', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 26, 10, 30));
    const draft = draftFor(president, 'es');
    const { user, database } = await renderSendPanel(draft);
    document.addEventListener('click', stopNavigation);

    await user.click(screen.getByRole('link', { name: 'Open in your email app' }));

    const question = await screen.findByRole('region', { name: 'Did you send it?' });
    expect(document.activeElement).toBe(question);
    await user.click(within(question).getByRole('button', { name: 'Yes, I sent it' }));

    expect(await screen.findByText('Marked as sent by email on 26 November 2026')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Did you send it?' })).toBeNull();
    const stored = await database.drafts.get(draft.id);
    expect(stored?.channel).toBe('email');
    expect(stored?.sentAt).toBe(new Date(2026, 10, 26, 10, 30).toISOString());
    expect(stored?.body).toBe(draft.body);
  });

  it('leaves the draft unsent when the member answers "Not yet"', async () => {
    const draft = draftFor(ambassador, 'es');
    const { user, database } = await renderSendPanel(draft, { uiLanguage: 'es' });
    document.addEventListener('click', stopNavigation);

    await user.click(screen.getByRole('link', { name: 'Llamar al +1 202 833 9860' }));
    const question = await screen.findByRole('region', { name: '¿La ha enviado?' });
    await user.click(within(question).getByRole('button', { name: 'Todavía no' }));

    expect(screen.queryByRole('region', { name: '¿La ha enviado?' })).toBeNull();
    const stored = await database.drafts.get(draft.id);
    expect(stored?.channel).toBeNull();
    expect(stored?.sentAt).toBeNull();
  });

  it('asks again when the member comes back from printing the letter', async () => {
    const draft = draftFor(president, 'en');
    rememberPrinted(draft.id, 'post');
    const { user, database } = await renderSendPanel(draft);

    const question = await screen.findByRole('region', { name: 'Did you send it?' });
    // Asked once: a later visit to the letter does not ask about this printing again.
    expect(printedAwaitingAnswer(draft.id)).toBeNull();
    await user.click(within(question).getByRole('button', { name: 'Yes, I sent it' }));

    expect(await screen.findByText(/^Marked as sent by post on /)).toBeTruthy();
    expect((await database.drafts.get(draft.id))?.channel).toBe('post');
  });

  it('shows the ambassador a call script in Spanish with a dialable number', async () => {
    await renderSendPanel(draftFor(ambassador, 'es'));

    const script = screen.getByText(
      /^Buenos días\. Me llamo Ana Pérez y llamo por las 18 personas/,
    );
    expect(script.closest('[lang]')?.getAttribute('lang')).toBe('es');
    expect(screen.getByRole('link', { name: 'Call +1 202 833 9860' }).getAttribute('href')).toBe(
      'tel:+12028339860',
    );
  });

  it('falls back to a short Spanish call script when the case has none, even with English screens', async () => {
    const withoutScript: Case = { ...ua, callScript: undefined };
    await renderSendPanel(draftFor(ambassador, 'es', {}, withoutScript), {
      theCase: withoutScript,
    });

    expect(
      await screen.findByText(
        `Buenos días. Me llamo Ana Pérez y llamo por este caso: ${ua.title.es}.`,
        { exact: false },
      ),
    ).toBeTruthy();
  });

  it('writes a post of at most 280 characters that starts with the handle, with a live count', async () => {
    const { user } = await renderSendPanel(draftFor(ambassador, 'es'));

    const field = screen.getByRole('textbox', {
      name: 'Your post to @PeruInTheUSA on X',
    }) as HTMLTextAreaElement;
    expect(field.value).toBe(ua.socialPost?.es);
    const intent = screen.getByRole('link', { name: /^Post on X/ });
    expect(intent.getAttribute('rel')).toBe('noopener noreferrer');
    const text = new URL(intent.getAttribute('href') ?? '').searchParams.get('text') ?? '';
    expect(text).toBe(`@PeruInTheUSA ${ua.socialPost?.es}`);
    expect(Array.from(text).length).toBeLessThanOrEqual(280);
    expect(screen.getAllByText(`${Array.from(text).length} of 280 characters`)).toHaveLength(2);

    await user.type(field, ' ¡Justicia ya para Juliaca y para todas las víctimas de la represión!');

    expect(screen.getByRole('alert').textContent).toMatch(/^Too long by \d+ characters/);
    expect(screen.queryByRole('link', { name: /^Post on X/ })).toBeNull();
    expect(field.value).toContain('¡Justicia ya para Juliaca');
  });

  it('offers Instagram, which has no compose link, the text to copy and the profile to open', async () => {
    const { user } = await renderSendPanel(draftFor(ambassador, 'en'));

    const profile = screen.getByRole('link', { name: /^Open @peruintheusa on Instagram/ });
    expect(profile.getAttribute('href')).toBe('https://www.instagram.com/peruintheusa');
    expect(profile.getAttribute('rel')).toBe('noopener noreferrer');
    await user.click(screen.getByRole('button', { name: 'Copy the post' }));

    expect(await screen.findByText('Post copied: paste it on the profile page')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(`@peruintheusa ${ua.socialPost?.en}`);
  });

  it('copies the whole letter', async () => {
    const draft = draftFor(president, 'en', { ownParagraph: 'I write from Sutton Coldfield.' });
    const { user } = await renderSendPanel(draft);

    await user.click(screen.getByRole('button', { name: 'Copy letter' }));

    expect(await screen.findByText('Letter copied')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(
      composeLetter(draft.body, draft.ownParagraph, 'en'),
    );
  });

  it('hides Share where the browser cannot share', async () => {
    await renderSendPanel(draftFor(president, 'en'));

    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
  });

  it('shares the letter and asks how it went, since a share sheet does not say', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const draft = draftFor(president, 'en');
      const { user, database } = await renderSendPanel(draft);

      await user.click(screen.getByRole('button', { name: 'Share' }));

      expect(share).toHaveBeenCalledWith({
        title: draft.subject,
        text: composeLetter(draft.body, '', 'en'),
      });
      const question = await screen.findByRole('region', { name: 'Did you send it?' });
      const how = within(question).getByRole('group', { name: 'How did you send it?' });
      await user.click(within(how).getByRole('radio', { name: 'Post' }));
      await user.click(within(question).getByRole('button', { name: 'Yes, I sent it' }));

      expect(await screen.findByText(/^Marked as sent by post on /)).toBeTruthy();
      expect((await database.drafts.get(draft.id))?.channel).toBe('post');
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('says when and how a letter was already sent', async () => {
    await renderSendPanel(
      draftFor(ambassador, 'es', { channel: 'fax', sentAt: '2026-11-20T12:00:00.000Z' }),
      { uiLanguage: 'es' },
    );

    expect(
      screen.getByText('Marcada como enviada por fax el 20 de noviembre de 2026'),
    ).toBeTruthy();
  });
});
