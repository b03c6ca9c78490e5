import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintLetterPage } from '../../src/features/letters/print/PrintLetterPage';
import { printedAwaitingAnswer } from '../../src/features/letters/send/pendingSentQuestion';
import { draftFor, renderWithApp, targetOf, ua } from './send-render';

const president = targetOf(ua, 'president');
const ambassador = targetOf(ua, 'ambassador-usa');

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  sessionStorage.clear();
  document.documentElement.className = '';
});

async function openPrintView(
  draft: ReturnType<typeof draftFor>,
  via: 'post' | 'fax',
  uiLanguage: 'en' | 'es' = 'en',
) {
  const rendered = await renderWithApp(<PrintLetterPage draftId={draft.id} />, {
    uiLanguage,
    drafts: [draft],
    path: `/letters/${draft.id}/print?via=${via}`,
  });
  const sheet = await screen.findByRole('article');
  return { ...rendered, sheet };
}

describe('the print view', () => {
  it('lays out the Spanish letter to the President as a Peruvian business letter, signed by hand', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 26, 10, 0));
    const draft = draftFor(president, 'es', { ownParagraph: 'Escribo desde Sutton Coldfield.' });
    const { sheet } = await openPrintView(draft, 'post');

    expect(sheet.getAttribute('lang')).toBe('es');
    // Place and date, then whom it is for, "Presente.-", the subject and the salutation.
    const opening = [...sheet.querySelectorAll(':scope > p, .print-body p')]
      .slice(0, 5)
      .map((p) => p.textContent);
    expect(opening).toEqual([
      'Sutton Coldfield, 26 de noviembre de 2026',
      [
        'Dina Ercilia Boluarte Zegarra',
        'Presidenta de la República del Perú',
        'Palacio de Gobierno',
        'Jr. de la Unión S/N, cuadra 1',
        'Lima – Lima 15001',
        'Perú',
      ].join('\n'),
      'Presente.-',
      draft.subject,
      'Señora Presidenta:',
    ]);
    expect(within(sheet).getByText('26 de noviembre de 2026').getAttribute('datetime')).toBe(
      '2026-11-26',
    );
    const paragraphs = [...sheet.querySelectorAll('.print-body p')].map((p) => p.textContent);
    expect(paragraphs.at(-2)).toBe('Escribo desde Sutton Coldfield.');
    expect(paragraphs.at(-1)).toBe('Atentamente,');
    // Under the signature line: the name, then the address the reply goes to.
    expect(sheet.querySelector('.print-signature p')?.textContent).toBe('Ana Pérez');
    expect(sheet.querySelector('.print-signature address')?.textContent).toBe(
      '12 High Street\nSutton Coldfield',
    );
  });

  it('opens an English letter with place and date too, without the Spanish "Presente.-"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 26, 10, 0));
    const { sheet } = await openPrintView(draftFor(ambassador, 'en'), 'post');

    expect(sheet.querySelector('.print-date')?.textContent).toBe(
      'Sutton Coldfield, 26 November 2026',
    );
    expect(sheet.textContent).not.toContain('Presente');
    expect(sheet.querySelector('.print-body p')?.textContent).toBe('Dear Ambassador,');
  });

  it('puts the fax number where the postal address would go', async () => {
    const { sheet } = await openPrintView(draftFor(ambassador, 'es'), 'fax');

    const recipient = sheet.querySelector('.print-recipient')?.textContent ?? '';
    expect(recipient).toBe(
      'Oswaldo de Rivero\nEmbajador del Perú en los Estados Unidos\nFax: +1 202 659 8124',
    );
    expect(screen.getByText(/fax it to \+1 202 659 8124/)).toBeTruthy();
  });

  it('keeps a signature block the member rewrote', async () => {
    const draft = draftFor(president, 'en');
    const body = draft.body.replace(
      /Ana Pérez\n12 High Street\nSutton Coldfield$/,
      'Ana Pérez\nAmnesty Sutton Coldfield group',
    );
    const { sheet } = await openPrintView({ ...draft, body }, 'post');

    expect(sheet.querySelector('.print-signature p')?.textContent).toBe(
      'Ana Pérez\nAmnesty Sutton Coldfield group',
    );
  });

  it('prints on the paper the member chose, and remembers it', async () => {
    const { user } = await openPrintView(draftFor(president, 'en'), 'post');
    const root = document.documentElement;
    // The page classes are set in an effect after the sheet renders; under load that is later.
    await waitFor(() => expect(root.classList.contains('print-view')).toBe(true));
    expect(root.classList.contains('paper-a4')).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'US Letter' }));

    expect(root.classList.contains('paper-letter')).toBe(true);
    expect(root.classList.contains('paper-a4')).toBe(false);
    expect(localStorage.getItem('carta.paperSize')).toBe('letter');
  });

  it('opens the print dialogue, then asks whether the letter went and marks it sent by post', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    const draft = draftFor(president, 'es');
    const { user, database } = await openPrintView(draft, 'post', 'es');

    await user.click(screen.getByRole('button', { name: 'Imprimir' }));

    expect(print).toHaveBeenCalledOnce();
    const question = await screen.findByRole('region', { name: '¿La ha enviado?' });
    expect(document.activeElement).toBe(question);
    await user.click(within(question).getByRole('button', { name: 'Sí, la he enviado' }));

    expect(await screen.findByText(/^Marcada como enviada por correo postal el /)).toBeTruthy();
    expect((await database.drafts.get(draft.id))?.channel).toBe('post');
    // Answered here, so the editor does not ask again.
    expect(printedAwaitingAnswer(draft.id)).toBeNull();
  });

  it('leaves the question for the editor when the member goes back without answering', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    const draft = draftFor(ambassador, 'en');
    const { user, location } = await openPrintView(draft, 'fax');

    await user.click(screen.getByRole('button', { name: 'Print' }));
    await screen.findByRole('region', { name: 'Did you send it?' });
    await user.click(screen.getByRole('link', { name: 'Back to the letter' }));

    expect(location.history?.at(-1)).toBe(`/letters/${draft.id}`);
    expect(printedAwaitingAnswer(draft.id)).toBe('fax');
  });

  it('says so when the letter is not on this phone', async () => {
    await renderWithApp(<PrintLetterPage draftId="no-such-draft" />, { uiLanguage: 'es' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Carta no encontrada' }),
    ).toBeTruthy();
  });
});
