import type { CartaDatabase } from '../db/database';
import { INITIAL_SYNC_STATE } from './syncState';

export type LeaveOutcome = { ok: true } | { ok: false; reason: 'records-waiting'; waiting: number };

/**
 * Forgets the group on this phone. Refused while records wait: they were made for this group,
 * and without its token they could never be delivered. Checked and done in one transaction so a
 * record queued by another tab in between cannot be stranded.
 */
export async function leaveGroup(database: CartaDatabase): Promise<LeaveOutcome> {
  return database.transaction(
    'rw',
    [database.outbox, database.group, database.syncState, database.totals],
    async (): Promise<LeaveOutcome> => {
      // Rejected records count too: they still need fixing and sending to this group, and a
      // phone that joined another group would otherwise deliver them there.
      const waiting = await database.outbox.where('state').anyOf('pending', 'rejected').count();
      if (waiting > 0) return { ok: false, reason: 'records-waiting', waiting };
      await database.group.delete('current');
      await database.syncState.put(INITIAL_SYNC_STATE);
      await database.totals.clear();
      return { ok: true };
    },
  );
}
