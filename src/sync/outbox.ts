import { Dexie, type Table } from 'dexie';
import type { CartaDatabase } from '../db/database';
import { isQuotaError } from '../db/quotaError';
import type { OutboxItem, OutboxType } from '../db/rows';

/** The phone is out of space: nothing was written, and the UI must say so. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('This phone has no storage space left for Carta', { cause });
    this.name = 'StorageFullError';
  }
}

export function newOutboxItem(type: OutboxType, payload: unknown, now: Date): OutboxItem {
  return {
    id: crypto.randomUUID(),
    type,
    payload,
    createdAt: now.toISOString(),
    state: 'pending',
    attempts: 0,
    lastError: null,
    deliveredAt: null,
  };
}

/**
 * The one way records reach the outbox: `write` runs in a single transaction over the outbox and
 * `alsoWrites` (a draft marked sent, a stall's count), so a record and what it changes land
 * together or not at all. A full disk, which may only surface when the transaction commits, comes
 * out as StorageFullError with nothing written.
 */
export async function writeToOutbox<T>(
  database: CartaDatabase,
  alsoWrites: readonly Table[],
  write: (
    add: (type: OutboxType, payload: unknown, now: Date) => Promise<OutboxItem>,
  ) => Promise<T>,
): Promise<T> {
  // The id is made here, once, and is the idempotency key for every later attempt, so a retry
  // after a lost answer can never count the same act twice.
  const add = async (type: OutboxType, payload: unknown, now: Date) => {
    const item = newOutboxItem(type, payload, now);
    await database.outbox.add(item);
    return item;
  };
  try {
    return await database.transaction('rw', [database.outbox, ...alsoWrites], () => write(add));
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

/** Adds one record to the outbox on its own. */
export function queueRecord(
  database: CartaDatabase,
  type: OutboxType,
  payload: unknown,
  now: Date = new Date(),
): Promise<OutboxItem> {
  return writeToOutbox(database, [], (add) => add(type, payload, now));
}

/** Discards an item the server rejected, at the member's request. */
export async function discardRejected(database: CartaDatabase, id: string): Promise<void> {
  await database.transaction('rw', database.outbox, async () => {
    const item = await database.outbox.get(id);
    if (item?.state === 'rejected') await database.outbox.delete(id);
  });
}

/** An outbox item as a sync request carries it, and as a saved file of undelivered records holds it. */
export function toPushItem(item: OutboxItem): {
  id: string;
  type: OutboxType;
  createdAt: string;
  data: unknown;
} {
  return { id: item.id, type: item.type, createdAt: item.createdAt, data: item.payload };
}

/**
 * Everything the server has not confirmed, oldest first: what waits, and what it refused, which a
 * delivery by the coordinator may still get in (a case published since, say) or answer again.
 */
export async function listUndelivered(database: CartaDatabase): Promise<OutboxItem[]> {
  const inState = (state: OutboxItem['state']) =>
    database.outbox
      .where('[state+createdAt]')
      .between([state, Dexie.minKey], [state, Dexie.maxKey])
      .toArray();
  const [pending, rejected] = await Promise.all([inState('pending'), inState('rejected')]);
  return [...pending, ...rejected].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}
