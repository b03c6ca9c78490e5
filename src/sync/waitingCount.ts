import type { CartaDatabase } from '../db/database';

// Apart from the rest of the outbox's code (outbox.ts): every screen's bottom bar shows this count,
// and importing it from there put all of the outbox's writing on the first load.

/** Records saved on this phone that wait to be delivered. */
export function countWaiting(database: CartaDatabase): Promise<number> {
  return database.outbox.where('state').equals('pending').count();
}
