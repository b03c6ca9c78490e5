import { asc, gt, inArray, sql } from 'drizzle-orm';
import type { Case } from '../../domain/case';
import { formatCaseCursor, parseCaseCursor } from './caseCursor';
import { cases } from './schema';
import type { StoreDatabase } from './storeDatabase';

/**
 * Case writers take this transaction-scoped lock before drawing a change number, so numbers
 * become visible in the order they were drawn. Without it, a writer that drew 7 could commit
 * after one that drew 8 and a phone that had already synced up to 8 would never see 7.
 */
const CASE_WRITE_LOCK = 0x63617365; // "case"

export interface CasesChangedSince {
  cases: Case[];
  /** Null only when the store holds no case yet and the client had no cursor. */
  cursor: string | null;
}

function keepHighestVersionPerId(incoming: readonly Case[]): Case[] {
  const byId = new Map<string, Case>();
  for (const c of incoming) {
    const seen = byId.get(c.id);
    if (!seen || seen.version < c.version) byId.set(c.id, c);
  }
  return [...byId.values()];
}

/** Writes each case unless the store already holds the same or a higher version; returns the ids written. */
export async function upsertCases(db: StoreDatabase, incoming: readonly Case[]): Promise<string[]> {
  const rows = keepHighestVersionPerId(incoming).map((c) => ({
    id: c.id,
    version: c.version,
    data: c,
  }));
  if (rows.length === 0) return [];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CASE_WRITE_LOCK})`);
    const written = await tx
      .insert(cases)
      .values(rows)
      .onConflictDoUpdate({
        target: cases.id,
        set: {
          version: sql`excluded.version`,
          data: sql`excluded.data`,
          updatedAt: sql`now()`,
          seq: sql`nextval('case_change_seq')`,
        },
        setWhere: sql`${cases.version} < excluded.version`,
      })
      .returning({ id: cases.id });
    return written.map((row) => row.id);
  });
}

export async function listCasesChangedSince(
  db: StoreDatabase,
  cursor: string | null,
): Promise<CasesChangedSince> {
  const after = parseCaseCursor(cursor);
  const rows = await db
    .select({ data: cases.data, seq: cases.seq })
    .from(cases)
    .where(gt(cases.seq, after))
    .orderBy(asc(cases.seq));
  const last = rows.at(-1);
  return {
    cases: rows.map((row) => row.data),
    cursor: last ? formatCaseCursor(last.seq) : cursor,
  };
}

/** Which of these ids the store holds a case for. */
export async function findCaseIds(db: StoreDatabase, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(inArray(cases.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}
