import type { CartaDatabase } from '../db/database';
import type { Case } from '../domain/case';
import { readSyncState } from './syncState';

/**
 * Whether the member has anything on this case that would lose its meaning without it: a letter,
 * a report or sign-up in the outbox (delivered reports stay there as the member's history), or a
 * stall session, whose kiosk and history name the case.
 */
async function memberHasWorkOn(database: CartaDatabase, caseId: string): Promise<boolean> {
  if ((await database.drafts.where('caseId').equals(caseId).count()) > 0) return true;
  if ((await database.outbox.where('payload.caseId').equals(caseId).count()) > 0) return true;
  // No index on a session's case: a phone holds a handful of sessions.
  return (await database.stallSessions.filter((s) => s.caseId === caseId).count()) > 0;
}

async function dropCase(database: CartaDatabase, caseId: string): Promise<void> {
  await database.cases.delete(caseId);
  await database.caseReads.delete(caseId);
}

/** The tables `applyServerCases` reads and writes, for the transaction it runs in. */
export function serverCaseTables(database: CartaDatabase) {
  return [
    database.cases,
    database.caseReads,
    database.drafts,
    database.outbox,
    database.stallSessions,
    database.syncState,
  ];
}

/**
 * Keeps the phone's cases as the group publishes them; a higher version wins. A case the group
 * withdrew (published by mistake) leaves the phone, unless the member has something on it: then
 * it stays, marked withdrawn, until they no longer do. Returns each withdrawn case dropped here
 * with its version in the sync state, so an older bundled copy of it is not loaded again at the
 * next start. Runs inside the caller's transaction over `serverCaseTables`.
 */
export async function applyServerCases(
  database: CartaDatabase,
  incoming: readonly Case[],
): Promise<void> {
  const dropped: Record<string, number> = {};
  for (const item of incoming) {
    const stored = await database.cases.get(item.id);
    if (stored && item.version <= stored.version) continue;
    if (item.status === 'withdrawn' && !(await memberHasWorkOn(database, item.id))) {
      await dropCase(database, item.id);
      dropped[item.id] = item.version;
    } else {
      await database.cases.put({ ...item, origin: 'server' });
    }
  }
  // A withdrawn case kept for a draft the member has since deleted goes too.
  const kept = await database.cases.filter((c) => c.status === 'withdrawn').toArray();
  for (const item of kept) {
    if (!(await memberHasWorkOn(database, item.id))) {
      await dropCase(database, item.id);
      dropped[item.id] = item.version;
    }
  }
  if (Object.keys(dropped).length === 0) return;
  const state = await readSyncState(database);
  await database.syncState.put({
    ...state,
    withdrawnCases: { ...state.withdrawnCases, ...dropped },
  });
}
