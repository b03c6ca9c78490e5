import type { CartaDatabase } from '../db/database';
import { actionReportDataSchema, type ActionReportData } from '../domain/syncProtocol';
import type { OutboxItem } from '../domain/records';
import { registerBackgroundSync, requestSync } from './appSync';
import { isQuotaError, queueRecord, StorageFullError } from './outbox';
import { askForPersistentStorageOnce } from './persistentStorage';

export class InvalidActionReportError extends Error {
  constructor(message: string) {
    super(`Not a valid action report: ${message}`);
    this.name = 'InvalidActionReportError';
  }
}

export function parseActionReport(data: unknown): ActionReportData {
  const parsed = actionReportDataSchema.safeParse(data);
  if (!parsed.success) throw new InvalidActionReportError(parsed.error.issues[0]?.message ?? '');
  return parsed.data;
}

/** What follows any record reaching the outbox: keep the data safe, then try to deliver it. */
export function afterRecordQueued(): void {
  void askForPersistentStorageOnce();
  void requestSync();
  void registerBackgroundSync();
}

export interface QueueActionReportOptions {
  now?: Date;
  /** A rejected item this report corrects: it goes in the same write, so neither is lost or doubled. */
  replaces?: string;
}

/**
 * Saves one report on the phone, validated by the protocol's own schema so the server cannot
 * reject it for its shape. Throws StorageFullError (nothing written) when the phone is full.
 */
export async function queueActionReport(
  database: CartaDatabase,
  data: ActionReportData,
  options: QueueActionReportOptions = {},
): Promise<OutboxItem> {
  const payload = parseActionReport(data);
  const { replaces, now = new Date() } = options;
  let item: OutboxItem;
  try {
    item = await database.transaction('rw', database.outbox, async () => {
      if (replaces) {
        const old = await database.outbox.get(replaces);
        if (old?.state === 'rejected') await database.outbox.delete(replaces);
      }
      return queueRecord(database, 'action-report', payload, now);
    });
  } catch (error) {
    // A full disk may only surface when the transaction commits, not on the write itself.
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
  afterRecordQueued();
  return item;
}
