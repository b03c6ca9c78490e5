import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CartaDatabase } from '../../src/db/database';
import type { Draft } from '../../src/db/rows';
import type { Channel } from '../../src/domain/channels';
import { recordSentLetter } from '../../src/features/letters/recordSentLetter';
import { DraftNotFoundError } from '../../src/features/letters/markDraftSent';
import { SendPanel } from '../../src/features/letters/send/SendPanel';
import { StorageFullError } from '../../src/sync/outbox';
import { draftFor, renderWithApp, targetOf, ua } from './send-render';

let database: CartaDatabase;
const now = new Date(2026, 10, 22, 18, 30);

function draft(): Draft {
  return {
    id: crypto.randomUUID(),
    caseId: 'ua-105-22',
    targetId: 'president',
    language: 'es',
    channel: null,
    subject: 'Juliaca',
    body: 'Señora presidenta: …',
    ownParagraph: '',
    sender: { name: 'Ana', address: '1 High St', postcode: 'B73 6AA', email: '' },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    sentAt: null,
  };
}

beforeEach(() => {
  database = new CartaDatabase(`sent-letter-${crypto.randomUUID()}`);
});

afterEach(async () => {
  vi.restoreAllMocks();
  database.close();
  await database.delete();
});

describe('"Yes, I sent it" in the composer', () => {
  it.each<[Channel, string]>([
    ['email', 'email'],
    ['post', 'letter'],
    ['fax', 'fax'],
    ['phone', 'call'],
    ['social', 'social'],
  ])('a letter sent by %s becomes a report of one %s for the case', async (channel, action) => {
    const letter = draft();
    await database.drafts.add(letter);

    await recordSentLetter(database, letter, channel, now);

    expect(await database.drafts.get(letter.id)).toMatchObject({
      channel,
      sentAt: now.toISOString(),
    });
    const [report] = await database.outbox.toArray();
    expect(report).toMatchObject({
      type: 'action-report',
      state: 'pending',
      payload: { caseId: 'ua-105-22', actions: { [action]: 1 }, occurredOn: '2026-11-22' },
    });
  });

  it('on a full phone marks nothing sent and queues nothing', async () => {
    const letter = draft();
    await database.drafts.add(letter);
    vi.spyOn(database.outbox, 'add').mockRejectedValue(
      new DOMException('full', 'QuotaExceededError'),
    );

    await expect(recordSentLetter(database, letter, 'post', now)).rejects.toBeInstanceOf(
      StorageFullError,
    );

    expect((await database.drafts.get(letter.id))?.sentAt).toBeNull();
    expect(await database.outbox.count()).toBe(0);
  });

  it('refuses a draft that is not on the phone', async () => {
    await expect(recordSentLetter(database, { id: 'gone' }, 'email', now)).rejects.toBeInstanceOf(
      DraftNotFoundError,
    );
    expect(await database.outbox.count()).toBe(0);
  });
});

describe('answering "Yes, I sent it" in the send panel', () => {
  it('queues one email report for the case, saved on this phone', async () => {
    const president = targetOf(ua, 'president');
    const letter = draftFor(president, 'es');
    const { user, database: appDatabase } = await renderWithApp(
      <SendPanel draft={letter} theCase={ua} target={president} />,
      { uiLanguage: 'en', drafts: [letter] },
    );
    const stopNavigation = (event: MouseEvent) => {
      if ((event.target as Element).closest('a')) event.preventDefault();
    };
    document.addEventListener('click', stopNavigation);
    try {
      await user.click(await screen.findByRole('link', { name: 'Open in your email app' }));
      const question = await screen.findByRole('region', { name: 'Did you send it?' });
      await user.click(within(question).getByRole('button', { name: 'Yes, I sent it' }));
      await screen.findByText(/^Marked as sent by email/);
    } finally {
      document.removeEventListener('click', stopNavigation);
    }

    const reports = await appDatabase.outbox.toArray();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      state: 'pending',
      payload: { caseId: 'ua-105-22', actions: { email: 1 } },
    });
  });
});
