import type { CartaDatabase } from '../../db/database';
import type { CaseRead, StoredCase } from '../../db/rows';

export interface CaseListData {
  cases: StoredCase[];
  reads: CaseRead[];
}

export const CASE_LIST_SCREEN = 'case-list';
export const caseScreenKey = (caseId: string) => `case:${caseId}`;

// One read, so the list never shows for a moment without its "Updated" badges.
export async function readCaseList(database: CartaDatabase): Promise<CaseListData> {
  // Asked for together: one wait on the database, not two, before the list can render.
  const [cases, reads] = await Promise.all([
    database.cases.toArray(),
    database.caseReads.toArray(),
  ]);
  return { cases: cases.filter((c) => c.status !== 'withdrawn'), reads };
}

// null, not undefined, for "no such case": a live query itself gives undefined while loading.
export async function readCase(
  database: CartaDatabase,
  caseId: string,
): Promise<StoredCase | null> {
  return (await database.cases.get(caseId)) ?? null;
}

/** Reads what the screen at this address shows first, for its first render (see firstScreenData). */
export async function readFirstCaseScreen(
  database: CartaDatabase,
  path: string,
): Promise<[key: string, value: unknown] | null> {
  if (path === '/') return [CASE_LIST_SCREEN, await readCaseList(database)];
  const casePath = /^\/cases\/([^/]+)\/?$/.exec(path);
  if (!casePath) return null;
  const caseId = decodeURIComponent(casePath[1]!);
  return [caseScreenKey(caseId), await readCase(database, caseId)];
}
