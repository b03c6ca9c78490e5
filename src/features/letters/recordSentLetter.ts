import type { CartaDatabase } from '../../db/database';
import { localDate } from '../../domain/deadline';
import type { Draft } from '../../db/rows';
import type { Channel } from '../../domain/channels';
import type { ActionType } from '../../domain/syncProtocol';
import { writeToOutbox } from '../../sync/outbox';
import { parseActionReport } from '../../sync/parseActionReport';
import { DraftNotFoundError, markDraftSent } from './markDraftSent';

/** How each way of sending a letter is counted in the group's totals. */
export const ACTION_FOR_CHANNEL: Record<Channel, ActionType> = {
  email: 'email',
  post: 'letter',
  fax: 'fax',
  phone: 'call',
  social: 'social',
};

/**
 * "Yes, I sent it": marks the draft sent and queues the matching one-action report in a single
 * transaction, so the Letters tab and the group's count can never disagree about it. The case is
 * read from the stored draft, which is what the member actually sent.
 */
export async function recordSentLetter(
  database: CartaDatabase,
  draft: Pick<Draft, 'id'>,
  channel: Channel,
  now: Date = new Date(),
): Promise<void> {
  await writeToOutbox(database, [database.drafts], async (add) => {
    const stored = await database.drafts.get(draft.id);
    if (!stored) throw new DraftNotFoundError(draft.id);
    const payload = parseActionReport({
      caseId: stored.caseId,
      actions: { [ACTION_FOR_CHANNEL[channel]]: 1 },
      occurredOn: localDate(now),
    });
    await markDraftSent(database, draft.id, channel, now);
    await add('action-report', payload, now);
  });
}
