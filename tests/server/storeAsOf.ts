import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { pgliteDirectory, type StoreConfig } from '../../src/server/store/openStore';

const migrationsFolder = fileURLToPath(
  new URL('../../src/server/store/migrations', import.meta.url),
);

export type Execute = (query: SQL) => Promise<unknown>;

/**
 * Brings a fresh store to the schema as it was at `lastTag` and runs `fill` against it: the state
 * a server that has been in use is in when it starts with the new code.
 */
export async function storeAsOf(
  config: StoreConfig,
  lastTag: string,
  fill: (execute: Execute) => Promise<void>,
): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'carta-migrations-'));
  try {
    await cp(migrationsFolder, folder, { recursive: true });
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalPath, 'utf8')) as {
      entries: Array<{ tag: string }>;
    };
    const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
    journal.entries = journal.entries.slice(0, last + 1);
    await writeFile(journalPath, JSON.stringify(journal));

    if ('databaseUrl' in config) {
      const pool = new pg.Pool({ connectionString: config.databaseUrl });
      try {
        const db = drizzleNodePostgres({ client: pool });
        await migrateNodePostgres(db, { migrationsFolder: folder });
        await fill((query) => db.execute(query));
      } finally {
        await pool.end();
      }
    } else {
      const client = await PGlite.create(pgliteDirectory(config.dataDir));
      try {
        const db = drizzlePglite({ client });
        await migratePglite(db, { migrationsFolder: folder });
        await fill((query) => db.execute(query));
      } finally {
        await client.close();
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
