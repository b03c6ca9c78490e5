// The issue-4 rows of `npm run bench`: how fast reports reach the server's store. Each run gets a
// fresh PGlite data folder and a fresh phone database (fake-indexeddb), so runs do not warm each other.
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { CartaDatabase } from '../src/db/database';
import type { ActionType } from '../src/domain/syncProtocol';
import { createApp } from '../src/server/app';
import { setUpGroup } from '../src/server/membership/groupSetup';
import { hashJoinCode } from '../src/server/membership/joinCode';
import { readCaseFiles, seedCases } from '../src/server/seedCases';
import { openStore, type Store } from '../src/server/store/openStore';
import { actionReports, pushedItems } from '../src/server/store/schema';
import { registerDevice } from '../src/server/store/deviceRepository';
import { storePushedItems } from '../src/server/store/pushedItemRepository';
import { payloadHash } from '../src/server/push/payloadHash';
import { newOutboxItem, queueRecord } from '../src/sync/outbox';
import { callGroupApi, groupApi } from '../src/sync/groupApi';
import { runSync } from '../src/sync/syncEngine';
import type { Measurement } from './measurement';

export const SYNC_BENCH_REPORTS = 10_000;
const JOIN_CODE = 'BENCH-JOIN-CODE-2026';
const CASE_IDS = ['ua-105-22', 'juliaca-victims-association', 'peru-repression-petition'];
const ACTIONS: ActionType[] = ['letter', 'email', 'call', 'social'];
const BULK_CHUNK = 1_000;
const SEED_CHUNK = 500;
const ROUNDS = 3;
const GROWTH_SMALL = 1_000;
const GROWTH_LARGE = 100_000;
const GROWTH_REPORTS = 2_000;
const contentDir = fileURLToPath(new URL('../src/content/cases', import.meta.url));

/** The n-th report of the bench: the same 10,000 in every run. */
function report(n: number) {
  return {
    caseId: CASE_IDS[n % CASE_IDS.length]!,
    actions: { [ACTIONS[n % ACTIONS.length]!]: 1 + (n % 3) },
    occurredOn: '2026-11-22',
  };
}

interface Delivery {
  seconds: number;
  requests: number;
  /** Time spent inside the server's handlers, from its request log; the rest is the phone's. */
  serverSeconds: number;
}

interface GroupStore {
  store: Store;
  groupId: string;
  remove(): Promise<void>;
}

async function freshStore(): Promise<GroupStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'carta-bench-sync-'));
  const store = await openStore({ dataDir });
  const { group } = await setUpGroup(store, {
    groupName: 'Bench group',
    joinCode: JOIN_CODE,
    coordinatorCode: undefined,
  });
  await seedCases(store, group.id, await readCaseFiles(contentDir));
  return {
    store,
    groupId: group.id,
    async remove() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

interface DeliveryOptions {
  reports?: number;
  /** Reports already in the store, from another phone, before this one delivers. */
  storedBefore?: number;
  /** A store to deliver into instead of a fresh one; it stays open. */
  into?: GroupStore;
}

/** Delivers the reports from a phone's outbox through the real HTTP server; returns seconds. */
async function deliverThroughServer(options: DeliveryOptions = {}): Promise<Delivery> {
  const reports = options.reports ?? SYNC_BENCH_REPORTS;
  const target = options.into ?? (await freshStore());
  if (!options.into && options.storedBefore) await storeDirectly(target, options.storedBefore);
  const serverTime = { requests: 0, ms: 0 };
  const log = (line: string) => {
    // `POST /api/v1/sync 200 12ms <request id>`: the id came later, so the time is not last.
    const ms = / (\d+)ms(?: |$)/.exec(line)?.[1];
    if (!line.startsWith('POST /api/v1/sync') || ms === undefined) return;
    serverTime.requests += 1;
    serverTime.ms += Number(ms);
  };
  // One phone sending as fast as it can is far beyond what the per-device limit allows.
  const app = createApp({
    store: target.store,
    distDir: '/nonexistent',
    log,
    rateLimits: { sync: { capacity: 1_000_000, refillPerSecond: 1_000_000 } },
  });
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(started),
    );
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const database = new CartaDatabase(`bench-sync-${crypto.randomUUID()}`);
  try {
    const joined = await callGroupApi(
      groupApi.join,
      { serverUrl: origin, token: null, fetch },
      { code: JOIN_CODE, deviceName: 'Bench phone' },
    );
    if (joined.kind !== 'ok') throw new Error(`The bench phone could not join: ${joined.kind}`);
    await database.group.put({
      id: 'current',
      serverUrl: origin,
      deviceId: joined.body.deviceId,
      token: joined.body.token,
      groupId: joined.body.group.id,
      groupName: joined.body.group.name,
      publicKey: joined.body.group.publicKey,
      joinedAt: new Date().toISOString(),
    });
    for (let n = 0; n < reports; n += 1) {
      await queueRecord(database, 'action-report', report(n));
    }

    serverTime.requests = 0;
    serverTime.ms = 0;
    const started = performance.now();
    const result = await runSync({ database, fetch }, { force: true });
    const seconds = (performance.now() - started) / 1000;
    if (result.outcome !== 'synced' || result.delivered !== reports) {
      throw new Error(`The bench sync did not deliver everything: ${JSON.stringify(result)}`);
    }
    return { seconds, requests: serverTime.requests, serverSeconds: serverTime.ms / 1000 };
  } finally {
    database.close();
    await database.delete();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (!options.into) await target.remove();
  }
}

async function benchDevice(target: GroupStore, name: string): Promise<string> {
  const joined = await registerDevice(target.store.db, {
    codeHash: hashJoinCode(JOIN_CODE),
    name,
    tokenHash: `bench-${crypto.randomUUID()}`,
  });
  if (!joined) throw new Error('The bench device could not be registered');
  return joined.device.id;
}

function benchItems(count: number) {
  const createdAt = new Date();
  return Array.from({ length: count }, (_, n) => {
    const { id, payload } = newOutboxItem('action-report', report(n), createdAt);
    return { id, createdAt, data: payload as ReturnType<typeof report> };
  });
}

/**
 * The same rows written straight into a fresh store, 1,000 to an INSERT, in one transaction: no
 * HTTP, no validation, no phone. What storing costs by itself, the limit the sync rows approach.
 */
async function bulkInsert(count = SYNC_BENCH_REPORTS): Promise<number> {
  const target = await freshStore();
  try {
    const deviceId = await benchDevice(target, 'Bench phone');
    const items = benchItems(count);

    const started = performance.now();
    await target.store.db.transaction(async (tx) => {
      for (let at = 0; at < items.length; at += BULK_CHUNK) {
        const chunk = items.slice(at, at + BULK_CHUNK);
        await tx.insert(pushedItems).values(
          chunk.map(({ id, data, createdAt }) => ({
            id,
            type: 'action-report' as const,
            payloadHash: id,
            groupId: target.groupId,
            deviceId,
            caseId: data.caseId,
            createdAt,
          })),
        );
        await tx.insert(actionReports).values(
          chunk.map(({ id, data }) => ({
            groupId: target.groupId,
            itemId: id,
            actions: data.actions,
            occurredOn: data.occurredOn,
          })),
        );
      }
    });
    return (performance.now() - started) / 1000;
  } finally {
    await target.remove();
  }
}

/**
 * Fills a store with reports from another phone, through the server's own store code (one
 * transaction per chunk, totals kept), so the store looks like one a group has used for years.
 */
async function storeDirectly(target: GroupStore, count: number): Promise<void> {
  const device = { id: await benchDevice(target, 'Earlier phone'), groupId: target.groupId };
  const items = benchItems(count);
  for (let at = 0; at < items.length; at += SEED_CHUNK) {
    await storePushedItems(
      target.store.db,
      device,
      items.slice(at, at + SEED_CHUNK).map(({ id, createdAt, data }) => {
        const item = {
          id,
          type: 'action-report' as const,
          createdAt: createdAt.toISOString(),
          data,
        };
        return { item, hash: payloadHash(item) };
      }),
    );
  }
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function rowsFor(name: string, seconds: number, detail: string): Measurement[] {
  return [
    { name, value: Math.round(seconds * 100) / 100, unit: 's', detail },
    {
      name: `${name}, rate`,
      value: Math.round(SYNC_BENCH_REPORTS / seconds),
      unit: 'items/s',
      detail,
    },
  ];
}

function describeDelivery({ requests, serverSeconds }: Delivery, how: string): string {
  return (
    `${how}: the client engine on fake-indexeddb, HTTP on loopback, the server on embedded PGlite; ` +
    `${requests.toLocaleString('en')} requests, ${serverSeconds.toFixed(2)} s of it inside the server`
  );
}

/**
 * Runs one after the other, each on fresh stores, so they do not compete for the two cores. The
 * budgeted pairs are measured ROUNDS times, interleaved, and compared by their medians, after one
 * small warm-up round of each: a busy machine then slows both sides of a ratio alike.
 */
export async function measureSync(): Promise<Measurement[]> {
  await deliverThroughServer({ reports: 1_000 });
  await bulkInsert(1_000);
  const batchedRuns: Delivery[] = [];
  const bulkRuns: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    batchedRuns.push(await deliverThroughServer());
    bulkRuns.push(await bulkInsert());
  }
  const batched = batchedRuns.find(
    (run) => run.seconds === median(batchedRuns.map((r) => r.seconds)),
  );
  if (!batched) throw new Error('No sync run to report');
  const bulk = median(bulkRuns);
  const growth = await measureGrowth();
  const runs = (values: readonly number[]) => values.map((v) => v.toFixed(2)).join(', ');
  return [
    ...rowsFor(
      'sync 10,000 reports, engine batches',
      batched.seconds,
      `${describeDelivery(batched, "batches of the engine's default size")}; median of ${ROUNDS} (${runs(batchedRuns.map((r) => r.seconds))} s)`,
    ),
    ...rowsFor(
      'bulk insert 10,000 reports (limit)',
      bulk,
      `the same rows straight into PGlite, ${BULK_CHUNK.toLocaleString('en')} per INSERT, one transaction; median of ${ROUNDS} (${runs(bulkRuns)} s)`,
    ),
    {
      name: 'sync ÷ bulk insert, 10,000 reports',
      value: Math.round((batched.seconds / bulk) * 100) / 100,
      unit: '×',
      budget: { max: 2 },
      detail: 'the medians above: the engine and the real server against the raw insert',
    },
    ...growth,
  ];
}

/**
 * Per-report cost of a sync into a store that already holds GROWTH_SMALL reports and into one
 * holding GROWTH_LARGE: the indexes must keep it flat. The small store is made afresh each round;
 * the large one is filled once and grows by GROWTH_REPORTS a round, which only works against it.
 */
async function measureGrowth(): Promise<Measurement[]> {
  const large = await freshStore();
  try {
    await storeDirectly(large, GROWTH_LARGE);
    const small: number[] = [];
    const big: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const fewer = await deliverThroughServer({
        reports: GROWTH_REPORTS,
        storedBefore: GROWTH_SMALL,
      });
      small.push((fewer.seconds * 1000) / GROWTH_REPORTS);
      const more = await deliverThroughServer({ reports: GROWTH_REPORTS, into: large });
      big.push((more.seconds * 1000) / GROWTH_REPORTS);
    }
    const perItem = (values: readonly number[]) => Math.round(median(values) * 1000) / 1000;
    const runs = (values: readonly number[]) => values.map((v) => v.toFixed(3)).join(', ');
    const how = `${GROWTH_REPORTS.toLocaleString('en')} reports through the engine and the server, median of ${ROUNDS}`;
    return [
      {
        name: `sync per report, ${GROWTH_SMALL.toLocaleString('en')} stored`,
        value: perItem(small),
        unit: 'ms',
        detail: `${how} (${runs(small)} ms)`,
      },
      {
        name: `sync per report, ${GROWTH_LARGE.toLocaleString('en')} stored`,
        value: perItem(big),
        unit: 'ms',
        detail: `${how} (${runs(big)} ms)`,
      },
      {
        name: `sync per report, ${GROWTH_LARGE.toLocaleString('en')} ÷ ${GROWTH_SMALL.toLocaleString('en')} stored`,
        value: Math.round((median(big) / median(small)) * 100) / 100,
        unit: '×',
        budget: { max: 1.3 },
        detail: 'the two medians above',
      },
    ];
  } finally {
    await large.remove();
  }
}
