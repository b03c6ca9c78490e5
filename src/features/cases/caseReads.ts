import type { Case } from '../../domain/case';
import type { CartaDatabase } from '../../db/database';
import type { CaseRead } from '../../db/rows';

/** The date of the case's newest update, or null when it has none. */
export function newestUpdateOn(item: Pick<Case, 'updates'>): string | null {
  return item.updates.reduce<string | null>(
    (newest, update) => (newest === null || update.date > newest ? update.date : newest),
    null,
  );
}

/**
 * "Updated" means "changed since you read it": a case the member has never opened is new to them
 * as a whole, so only a case opened before, with an update newer than what was seen then, counts.
 */
export function hasUnseenUpdate(item: Pick<Case, 'updates'>, read: CaseRead | undefined): boolean {
  const newest = newestUpdateOn(item);
  if (!read || newest === null) return false;
  return read.seenUpdateOn === null || newest > read.seenUpdateOn;
}

/** Opening a case page shows every update, so the newest one counts as seen from now on. */
export async function recordCaseOpened(
  database: CartaDatabase,
  caseId: string,
  seenUpdateOn: string | null,
  now: Date,
): Promise<void> {
  await database.caseReads.put({ caseId, seenUpdateOn, openedAt: now.toISOString() });
}
