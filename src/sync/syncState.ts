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
};

export async function readSyncState(database: CartaDatabase): Promise<SyncState> {
  return (await database.syncState.get('sync')) ?? INITIAL_SYNC_STATE;
}
