// Several phones deliver their outboxes through a network that loses requests, loses answers after
// the server committed, and delivers some requests twice. Exactly-once delivery means the server
// ends with one row per report and the right totals, whatever the network did.
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CartaDatabase } from '../../src/db/database';
import { ACTION_TYPES, type ActionType, type GroupTotals } from '../../src/domain/syncProtocol';
import { createApp } from '../../src/server/app';
import { setUpGroup } from '../../src/server/membership/groupSetup';
import { readCaseFiles, seedCases } from '../../src/server/seedCases';
import { openStore, type Store } from '../../src/server/store/openStore';
import { actionReports, pushedItems } from '../../src/server/store/schema';
import { queueRecord } from '../../src/sync/outbox';
import { callGroupApi, groupApi } from '../../src/sync/groupApi';
import { runSync } from '../../src/sync/syncEngine';
import { NO_FAULTS, startFaultyProxy, type FaultyProxy } from './faultyProxy';
import { seededRandom } from './seededRandom';
import { findGroup } from '../../src/server/store/groupRepository';
import { groupTotals } from '../../src/server/store/groupTotals';

const SEED = 20_221_105;
const JOIN_CODE = 'FAULT-TEST-JOIN-CODE';
const CLIENTS = 3;
const REPORTS_PER_CLIENT = 700;
const BATCH_SIZE = 25;
const MAX_ROUNDS = 300;
const CASE_IDS = ['ua-105-22', 'juliaca-victims-association', 'peru-repression-petition'];
const contentDir = fileURLToPath(new URL('../../src/content/cases', import.meta.url));

interface Client {
  name: string;
  database: CartaDatabase;
}

let dataDir: string;
let store: Store;
let server: ServerType;
let proxy: FaultyProxy;
const clients: Client[] = [];
const random = seededRandom(SEED);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'carta-faults-'));
  store = await openStore({ dataDir });
  const { group } = await setUpGroup(store, {
    groupName: 'Fault test group',
    joinCode: JOIN_CODE,
    coordinatorCode: undefined,
  });
  await seedCases(store, group.id, await readCaseFiles(contentDir));
  // Requests come much faster than from real phones, so the per-device limit is lifted here.
  const app = createApp({
    store,
    distDir: '/nonexistent',
    log: () => {},
    rateLimits: { sync: { capacity: 100_000, refillPerSecond: 100_000 } },
  });
  server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  proxy = await startFaultyProxy(`http://127.0.0.1:${port}`, random, {
    dropRequest: 0.15,
    duplicate: 0.15,
    dropResponse: 0.15,
  });
});

afterAll(async () => {
  await proxy?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await store?.close();
  for (const { database } of clients) {
    database.close();
    await database.delete();
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Joins through the faulty network the way the Settings screen will: try again until it works. */
async function joinThroughProxy(name: string): Promise<Client> {
  const database = new CartaDatabase(`fault-client-${name}-${crypto.randomUUID()}`);
  for (let attempt = 1; attempt <= 30; attempt += 1) {
    const outcome = await callGroupApi(
      groupApi.join,
      { serverUrl: proxy.origin, token: null, fetch },
      { code: JOIN_CODE, deviceName: name },
    );
    if (outcome.kind === 'network-error') continue;
    if (outcome.kind !== 'ok') throw new Error(`join failed: ${JSON.stringify(outcome)}`);
    await database.group.put({
      id: 'current',
      serverUrl: proxy.origin,
      deviceId: outcome.body.deviceId,
      token: outcome.body.token,
      groupId: outcome.body.group.id,
      groupName: outcome.body.group.name,
      publicKey: outcome.body.group.publicKey,
      joinedAt: new Date().toISOString(),
    });
    return { name, database };
  }
  throw new Error(`${name} could not join through the proxy in 30 attempts`);
}

function addTo(totals: GroupTotals, caseId: string, actions: Partial<Record<ActionType, number>>) {
  const counts = (totals[caseId] ??= {});
  for (const [type, n] of Object.entries(actions) as Array<[ActionType, number]>) {
    counts[type] = (counts[type] ?? 0) + n;
  }
}

function randomReport() {
  const caseId = CASE_IDS[Math.floor(random() * CASE_IDS.length)]!;
  const actions: Partial<Record<ActionType, number>> = {};
  const kinds = 1 + Math.floor(random() * 2);
  for (let k = 0; k < kinds; k += 1) {
    const type = ACTION_TYPES[Math.floor(random() * ACTION_TYPES.length)]!;
    actions[type] = 1 + Math.floor(random() * 5);
  }
  return { caseId, actions, occurredOn: '2026-11-22' };
}

async function waiting(client: Client): Promise<number> {
  return client.database.outbox.where('state').notEqual('sent').count();
}

describe('delivery through a network that loses and repeats requests', () => {
  it('ends with exactly one row per report and the right totals on the server and every phone', async () => {
    for (let n = 1; n <= CLIENTS; n += 1) clients.push(await joinThroughProxy(`Phone ${n}`));

    const expected: GroupTotals = {};
    for (const client of clients) {
      for (let n = 0; n < REPORTS_PER_CLIENT; n += 1) {
        const report = randomReport();
        await queueRecord(client.database, 'action-report', report);
        addTo(expected, report.caseId, report.actions);
      }
    }

    let rounds = 0;
    const pendingCounts = async () => Promise.all(clients.map(waiting));
    while ((await pendingCounts()).some((n) => n > 0)) {
      rounds += 1;
      expect(rounds, 'rounds before every outbox emptied').toBeLessThanOrEqual(MAX_ROUNDS);
      // All phones at once; each run ends at its first failure, and "Sync now" skips the backoff.
      await Promise.all(
        clients.map((client) =>
          runSync(
            { database: client.database, fetch, batchSize: BATCH_SIZE, random },
            { force: true },
          ),
        ),
      );
    }

    const total = CLIENTS * REPORTS_PER_CLIENT;
    const [rows] = await store.db.select({ n: count() }).from(pushedItems);
    const [reportRows] = await store.db.select({ n: count() }).from(actionReports);
    expect(rows?.n).toBe(total);
    expect(reportRows?.n).toBe(total);
    const group = await findGroup(store.db);
    expect(await groupTotals(store.db, group!.id)).toEqual(expected);

    for (const client of clients) {
      expect(await client.database.outbox.where('state').equals('sent').count()).toBe(
        REPORTS_PER_CLIENT,
      );
      expect(await client.database.outbox.where('state').anyOf('pending', 'rejected').count()).toBe(
        0,
      );
    }

    // The faults really happened, and the server really saw repeats of what it had stored.
    const { counters } = proxy;
    expect(counters.droppedRequests).toBeGreaterThan(0);
    expect(counters.droppedResponses).toBeGreaterThan(0);
    expect(counters.duplicatedRequests).toBeGreaterThan(0);
    expect(counters.duplicateAnswers).toBeGreaterThan(0);

    // Once the network behaves, every phone shows the group's true totals.
    proxy.setPlan(NO_FAULTS);
    for (const client of clients) {
      await runSync({ database: client.database, fetch }, { force: true });
      const shown = await client.database.totals.toArray();
      expect(Object.fromEntries(shown.map((t) => [t.caseId, t.counts]))).toEqual(expected);
    }
    console.log(
      `fault injection (seed ${SEED}): ${total} reports, ${rounds} rounds, ` +
        `${JSON.stringify(counters)}`,
    );
  });
});
