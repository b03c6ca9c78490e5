import type { CartaDatabase } from '../db/database';
import type { OutboxItem, OutboxType } from '../domain/records';

/** The phone is out of space: nothing was written, and the UI must say so. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('This phone has no storage space left for Carta', { cause });
    this.name = 'StorageFullError';
  }
}

export function isQuotaError(error: unknown): boolean {
  if (
    !(error instanceof Error) &&
    !(typeof DOMException !== 'undefined' && error instanceof DOMException)
  ) {
    return false;
  }
  const e = error as { name?: string; inner?: { name?: string } };
  // Dexie wraps the browser's DOMException; either may carry the name.
  return e.name === 'QuotaExceededError' || e.inner?.name === 'QuotaExceededError';
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
 * Adds one record to the outbox. The id is made here, once, and is the idempotency key for every
 * later attempt, so a retry after a lost answer can never count the same act twice.
 */
export async function queueRecord(
  database: CartaDatabase,
  type: OutboxType,
  payload: unknown,
  now: Date = new Date(),
): Promise<OutboxItem> {
  const item = newOutboxItem(type, payload, now);
  try {
    await database.outbox.add(item);
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
  return item;
}

export function countWaiting(database: CartaDatabase): Promise<number> {
  return database.outbox.where('state').equals('pending').count();
}

/** Discards an item the server rejected, at the member's request. */
export async function discardRejected(database: CartaDatabase, id: string): Promise<void> {
  await database.transaction('rw', database.outbox, async () => {
    const item = await database.outbox.get(id);
    if (item?.state === 'rejected') await database.outbox.delete(id);
  });
}
