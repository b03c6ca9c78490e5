import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** What the PGlite and node-postgres drivers have in common: everything the store's queries use. */
export type StoreDatabase = PgDatabase<PgQueryResultHKT, typeof schema>;
