import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** What the PGlite and node-postgres drivers have in common: everything the store's queries use. */
export type StoreDatabase = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * The rows of a raw statement. Both drivers answer `execute` with an object holding `rows`, but
 * the shared type cannot say so, hence the one cast here rather than at each caller.
 */
export async function selectRows<Row>(db: StoreDatabase, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
