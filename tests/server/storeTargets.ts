import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { StoreConfig, StoreKind } from '../../src/server/store/openStore';
import { createFreshPostgresDatabase } from './freshPostgresDatabase';

export interface StoreTarget {
  config: StoreConfig;
  /** Deletes the data folder or drops the database once every store on it is closed. */
  remove(): Promise<void>;
}

/** The two stores the server runs on; store tests run once against each. */
export const storeKinds: StoreKind[] = ['pglite', 'postgres'];

export async function createStoreTarget(kind: StoreKind): Promise<StoreTarget> {
  if (kind === 'postgres') {
    const database = await createFreshPostgresDatabase(inject('databaseUrl'));
    return { config: { databaseUrl: database.url }, remove: () => database.drop() };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'carta-store-'));
  return { config: { dataDir }, remove: () => rm(dataDir, { recursive: true, force: true }) };
}
