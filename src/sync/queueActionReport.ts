import type { CartaDatabase } from '../db/database';
import type { OutboxItem } from '../db/rows';
import type { ActionReportData } from '../domain/syncProtocol';
import { writeToOutbox } from './outbox';

export interface QueueActionReportOptions {
  now?: Date;
  /** A rejected item this report corrects: it goes in the same write, so neither is lost or doubled. */
  replaces?: string;
}

/** Saves one report on the phone. Throws StorageFullError (nothing written) when the phone is full. */
export async function queueActionReport(
  database: CartaDatabase,
  data: ActionReportData,
  options: QueueActionReportOptions = {},
): Promise<OutboxItem> {
  // The schema comes with its own chunk: the case page that saves reports is on the first load,
  // the schema library is not. Fetched before the transaction, which must not wait on anything else.
  const { parseActionReport } = await import('./parseActionReport');
  const payload = parseActionReport(data);
  const { replaces, now = new Date() } = options;
  return writeToOutbox(database, [], async (add) => {
    if (replaces) {
      const old = await database.outbox.get(replaces);
      if (old?.state === 'rejected') await database.outbox.delete(replaces);
    }
    return add('action-report', payload, now);
  });
}
