import type { CartaDatabase } from '../db/database';
import type { SyncState } from '../db/rows';

// The sync engine's bookkeeping row, readable without loading the engine itself: the screens that
// show whether the phone is in sync are on the first load, the engine is not.

export const INITIAL_SYNC_STATE: SyncState = {
  id: 'sync',
  cursor: null,
  lastSyncedAt: null,
  failures: 0,
  notBefore: null,
  lastError: null,
  needsRejoin: false,
  removedAt: null,
};

export async function readSyncState(database: CartaDatabase): Promise<SyncState> {
  // Spread over the initial state, so a row from an older version gains the fields added since.
  return { ...INITIAL_SYNC_STATE, ...(await database.syncState.get('sync')) };
}

/**
 * Records that the server said the coordinator removed this phone from the group. Syncing stops
 * as it does for any refused token, and nothing in the outbox is touched.
 */
export async function recordRemovalFromGroup(
  database: CartaDatabase,
  message: string,
  now: Date,
): Promise<void> {
  await database.transaction('rw', database.syncState, async () => {
    const state = await readSyncState(database);
    await database.syncState.put({
      ...state,
      needsRejoin: true,
      removedAt: state.removedAt ?? now.toISOString(),
      lastError: message,
    });
  });
}
