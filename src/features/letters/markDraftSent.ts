import type { CartaDatabase } from '../../db/database';
import type { Channel } from '../../domain/channels';

export class DraftNotFoundError extends Error {
  constructor(readonly draftId: string) {
    super(`No draft ${draftId} on this phone`);
    this.name = 'DraftNotFoundError';
  }
}

/**
 * Records that the member sent the draft, by which channel and when. One write, so a draft is
 * never left with a channel but no time. `updatedAt` is left alone: it means "last edited", and
 * the Letters tab orders by it. The sync issue hooks the action report onto this function.
 */
export async function markDraftSent(
  database: CartaDatabase,
  draftId: string,
  channel: Channel,
  now: Date,
): Promise<void> {
  const changed = await database.drafts.update(draftId, { channel, sentAt: now.toISOString() });
  if (changed === 0) throw new DraftNotFoundError(draftId);
}
