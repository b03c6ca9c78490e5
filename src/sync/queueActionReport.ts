import type { CartaDatabase } from '../db/database';
import type { OutboxItem } from '../db/rows';
import { actionReportDataSchema, type ActionReportData } from '../domain/syncProtocol';
import { writeToOutbox } from './outbox';

export class InvalidActionReportError extends Error {
  constructor(message: string) {
    super(`Not a valid action report: ${message}`);
    this.name = 'InvalidActionReportError';
  }
}

/** Checks a report with the protocol's own schema, so the server cannot reject it for its shape. */
export function parseActionReport(data: unknown): ActionReportData {
  const parsed = actionReportDataSchema.safeParse(data);
  if (!parsed.success) throw new InvalidActionReportError(parsed.error.issues[0]?.message ?? '');
  return parsed.data;
}

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
