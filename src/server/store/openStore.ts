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
import type { Case } from '../../domain/case';
import type { DeviceRole, GroupTotals, StoredSignUp } from '../../domain/syncProtocol';
import {
  findCaseIds,
  listCasesChangedSince,
  upsertCases,
  type CasesChangedSince,
} from './caseRepository';
import {
  findDeviceByTokenHash,
  registerDevice,
  type Device,
  type NewDevice,
} from './deviceRepository';
import {
  ensureGroup,
  findGroup,
  findGroupById,
  isLiveJoinCode,
  replaceJoinCode,
  setGroupPublicKey,
  type EnsuredGroup,
  type Group,
  type NewGroup,
} from './groupRepository';
import { groupTotals } from './groupTotals';
import { storePushedItems, type HashedPushItem, type StoreOutcome } from './pushedItemRepository';
import * as schema from './schema';
import { listSignUps } from './signUpRepository';
import type { StoreDatabase } from './storeDatabase';

export type StoreKind = 'pglite' | 'postgres';

export type StoreConfig = { databaseUrl: string } | { dataDir: string };

export interface Store {
  kind: StoreKind;
  db: StoreDatabase;
  /** Resolves when the database answers a query; rejects when it cannot be reached. */
  ping(): Promise<void>;
  /** Returns the ids actually written: a case whose stored version is the same or higher is left alone. */
  upsertCases(cases: readonly Case[]): Promise<string[]>;
  listCasesChangedSince(cursor: string | null): Promise<CasesChangedSince>;
  findCaseIds(ids: readonly string[]): Promise<Set<string>>;
  findGroup(): Promise<Group | null>;
  ensureGroup(fresh: NewGroup): Promise<EnsuredGroup>;
  replaceJoinCode(
    groupId: string,
    role: DeviceRole,
    codeHash: string,
  ): Promise<{ revoked: number }>;
  isLiveJoinCode(groupId: string, role: DeviceRole, codeHash: string): Promise<boolean>;
  /** Null when no live join code has that hash. */
  registerDevice(device: NewDevice): Promise<{ device: Device; group: Group } | null>;
  findDeviceByTokenHash(tokenHash: string): Promise<Device | null>;
  storePushedItems(
    device: Pick<Device, 'id' | 'groupId'>,
    items: readonly HashedPushItem[],
  ): Promise<Map<string, StoreOutcome>>;
  groupTotals(groupId: string): Promise<GroupTotals>;
  findGroupById(groupId: string): Promise<Group | null>;
  setGroupPublicKey(groupId: string, key: { publicKey: string; keyId: string }): Promise<void>;
  /** The group's sign-ups, still sealed, oldest first. */
  listSignUps(groupId: string): Promise<StoredSignUp[]>;
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
    upsertCases: (cases) => upsertCases(db, cases),
    listCasesChangedSince: (cursor) => listCasesChangedSince(db, cursor),
    findCaseIds: (ids) => findCaseIds(db, ids),
    findGroup: () => findGroup(db),
    ensureGroup: (fresh) => ensureGroup(db, fresh),
    replaceJoinCode: (groupId, role, codeHash) => replaceJoinCode(db, groupId, role, codeHash),
    isLiveJoinCode: (groupId, role, codeHash) => isLiveJoinCode(db, groupId, role, codeHash),
    registerDevice: (device) => registerDevice(db, device),
    findDeviceByTokenHash: (tokenHash) => findDeviceByTokenHash(db, tokenHash),
    storePushedItems: (device, items) => storePushedItems(db, device, items),
    groupTotals: (groupId) => groupTotals(db, groupId),
    findGroupById: (groupId) => findGroupById(db, groupId),
    setGroupPublicKey: (groupId, key) => setGroupPublicKey(db, groupId, key),
    listSignUps: (groupId) => listSignUps(db, groupId),
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
