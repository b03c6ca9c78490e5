import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import type { StoreDatabase } from './storeDatabase';

export type StoreKind = 'pglite' | 'postgres';

export type StoreConfig = { databaseUrl: string } | { dataDir: string };

/**
 * An open database and its dialect. Queries live in the repositories next to this file and take
 * `store.db`, so a new query is written once, where it runs.
 */
export interface Store {
  kind: StoreKind;
  db: StoreDatabase;
  /** Resolves when the database answers a query; rejects when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** PGlite keeps its files in a folder of its own, so DATA_DIR can hold other server state later. */
export function pgliteDirectory(dataDir: string): string {
  return join(dataDir, 'pglite');
}

function storeOver(kind: StoreKind, db: StoreDatabase, close: () => Promise<void>): Store {
  return {
    kind,
    db,
    async ping() {
      await db.execute(sql`select 1`);
    },
    close,
  };
}

async function openPglite(dataDir: string): Promise<Store> {
  const directory = pgliteDirectory(dataDir);
  await mkdir(directory, { recursive: true });
  const client = await PGlite.create(directory);
  try {
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    let closed = false;
    return storeOver('pglite', db, async () => {
      if (closed) return;
      closed = true;
      await client.close();
    });
  } catch (error) {
    await client.close();
    throw error;
  }
}

async function openPostgres(databaseUrl: string): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    // A health check must answer "unavailable" promptly rather than hang when the database is gone.
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection dropped by the server emits 'error' on the pool; unhandled, it would end the process.
  pool.on('error', (error) => {
    console.error(`PostgreSQL connection lost: ${error.message}`);
  });
  try {
    const db = drizzleNodePostgres({ client: pool, schema });
    await migrateNodePostgres(db, { migrationsFolder });
    let closed = false;
    return storeOver('postgres', db, async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** Opens PostgreSQL when a URL is given, otherwise PGlite in the data folder, and brings the schema up to date. */
export function openStore(config: StoreConfig): Promise<Store> {
  return 'databaseUrl' in config ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
