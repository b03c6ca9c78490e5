import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DeletedSignUpsResponse,
  SignUpRetention,
  TotalsResponse,
} from '../../src/domain/groupAdminProtocol';
import type { SignUpsResponse, SyncResponse } from '../../src/domain/syncProtocol';
import { createApp } from '../../src/server/app';
import {
  startSignUpRetention,
  sweepExpiredSignUps,
} from '../../src/server/retention/signUpRetention';
import {
  COORDINATOR_CODE,
  joinAs,
  requestAs,
  signUp,
  giveGroupAKey,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

const PETITION = 'peru-repression-petition';
const DAY_MS = 86_400_000;

describe.each(storeKinds)('how long the server keeps sign-ups on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof createApp>;
  const logged: string[] = [];
  let coordinatorToken: string;
  let memberToken: string;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    await giveGroupAKey(server.store, server.groupId);
    app = createApp({
      store: server.store,
      distDir: '/nonexistent',
      log: (line) => logged.push(line),
      signUpRetentionDays: 90,
    });
    coordinatorToken = (await joinAs(app, COORDINATOR_CODE, 'Coordinator laptop')).token;
    memberToken = (await joinAs(app)).token;
  });

  afterAll(async () => {
    await server?.close();
  });

  /** The request log writes a line per request too; these are the lines about deletions. */
  const deletionLines = () => logged.filter((line) => line.startsWith('signups_deleted'));

  const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

  async function push(items: unknown[]): Promise<SyncResponse> {
    const response = await sync(app, memberToken, { cursor: null, push: items });
    expect(response.status).toBe(200);
    return (await response.json()) as SyncResponse;
  }

  async function heldSignUps(): Promise<SignUpsResponse> {
    const response = await requestAs(app, coordinatorToken, 'GET', '/api/v1/signups');
    expect(response.status).toBe(200);
    return (await response.json()) as SignUpsResponse;
  }

  async function retention(): Promise<SignUpRetention> {
    const response = await requestAs(app, coordinatorToken, 'GET', '/api/v1/signups/retention');
    expect(response.status).toBe(200);
    return (await response.json()) as SignUpRetention;
  }

  function deleteThrough(query: string, token: string | null = coordinatorToken) {
    return requestAs(app, token, 'DELETE', `/api/v1/signups${query}`);
  }

  /** Leaves the store as it was found: later stories start with no sign-ups held. */
  async function deleteEverything() {
    const { receivedThrough } = await heldSignUps();
    if (receivedThrough) await deleteThrough(`?receivedThrough=${receivedThrough}`);
    logged.length = 0;
  }

  it('deletes sign-ups older than the retention period and logs how many, never whose', async () => {
    const old = signUp(PETITION, undefined, { createdAt: daysAgo(100) });
    const recent = signUp(PETITION, undefined, { createdAt: daysAgo(10) });
    await push([old, recent]);
    expect(await retention()).toEqual({
      retentionDays: 90,
      stored: 2,
      oldestSignedAt: old.createdAt,
      oldestGoesOn: daysAgo(10).slice(0, 10),
    });

    const deleted = await sweepExpiredSignUps(server.store, 90, (line) => logged.push(line));

    expect(deleted).toBe(1);
    expect(deletionLines()).toEqual([
      `signups_deleted reason=retention count=1 group=${server.groupId}`,
    ]);
    expect((await heldSignUps()).signups.map((s) => s.id)).toEqual([recent.id]);
    expect(await retention()).toEqual({
      retentionDays: 90,
      stored: 1,
      oldestSignedAt: recent.createdAt,
      oldestGoesOn: new Date(Date.parse(recent.createdAt) + 90 * DAY_MS).toISOString().slice(0, 10),
    });
    // The phone that re-sends the deleted one is told it arrived, and the count stays as it was.
    const again = await push([old]);
    expect(again.results).toEqual([{ id: old.id, status: 'duplicate' }]);
    expect(again.totals[PETITION]?.signups).toBe(2);
    expect((await heldSignUps()).signups.map((s) => s.id)).toEqual([recent.id]);
    await deleteEverything();
  });

  it('counts a sign-up from a phone whose clock runs ahead from when it arrived', async () => {
    const fromTheFuture = signUp(PETITION, undefined, {
      createdAt: new Date(Date.now() + 365 * DAY_MS).toISOString(),
    });
    await push([fromTheFuture]);

    const inNinetyOneDays = new Date(Date.now() + 91 * DAY_MS);
    const deleted = await sweepExpiredSignUps(server.store, 90, () => {}, inNinetyOneDays);

    expect(deleted).toBe(1);
    expect(await retention()).toMatchObject({
      stored: 0,
      oldestSignedAt: null,
      oldestGoesOn: null,
    });
  });

  it('deletes what the coordinator exported, and keeps what arrived after the export', async () => {
    const exported = [signUp(PETITION), signUp(PETITION), signUp(PETITION)];
    await push(exported);
    const exportAnswer = await heldSignUps();
    expect(exportAnswer.signups.map((s) => s.id).sort()).toEqual(exported.map((s) => s.id).sort());
    expect(exportAnswer.receivedThrough).not.toBeNull();
    // A volunteer's phone syncs a new sign-up while the coordinator is saving the CSV.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const late = signUp(PETITION);
    await push([late]);
    const before = await requestAs(
      app,
      coordinatorToken,
      'GET',
      '/api/v1/totals?from=2026-11-01&to=2026-11-30&by=month',
    );

    const response = await deleteThrough(`?receivedThrough=${exportAnswer.receivedThrough}`);

    expect(response.status).toBe(200);
    expect((await response.json()) as DeletedSignUpsResponse).toEqual({ deleted: 3 });
    expect(deletionLines()).toEqual([
      `signups_deleted reason=export count=3 group=${server.groupId}`,
    ]);
    expect((await heldSignUps()).signups.map((s) => s.id)).toEqual([late.id]);
    const after = await requestAs(
      app,
      coordinatorToken,
      'GET',
      '/api/v1/totals?from=2026-11-01&to=2026-11-30&by=month',
    );
    const counted = (await before.json()) as TotalsResponse;
    expect(counted.periods[0]?.cases[PETITION]?.signups).toBeGreaterThanOrEqual(3);
    expect((await after.json()) as TotalsResponse).toEqual(counted);
    await deleteEverything();
  });

  it('answers an empty store with nothing to delete', async () => {
    expect(await heldSignUps()).toEqual({ signups: [], receivedThrough: null });
    const response = await deleteThrough(`?receivedThrough=${new Date().toISOString()}`);
    expect((await response.json()) as DeletedSignUpsResponse).toEqual({ deleted: 0 });
  });

  it.each([
    ['no time at all', ''],
    ['a time that is not ISO', '?receivedThrough=yesterday'],
    ['a day without a time', '?receivedThrough=2026-11-30'],
  ])('refuses a delete with %s', async (_label, query) => {
    const response = await deleteThrough(query);

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'invalid_request',
    );
  });

  it('is for the coordinator only', async () => {
    const kept = signUp(PETITION);
    await push([kept]);
    const query = `?receivedThrough=${new Date(Date.now() + DAY_MS).toISOString()}`;

    for (const token of [memberToken, null]) {
      const deleted = await deleteThrough(query, token);
      const read = await requestAs(app, token, 'GET', '/api/v1/signups/retention');
      expect([deleted.status, read.status]).toEqual(token ? [403, 403] : [401, 401]);
    }
    expect((await heldSignUps()).signups.map((s) => s.id)).toEqual([kept.id]);
    await deleteEverything();
  });

  it('sweeps as soon as the server starts, and stops with it', async () => {
    const expired = signUp(PETITION, undefined, { createdAt: daysAgo(31) });
    const kept = signUp(PETITION, undefined, { createdAt: daysAgo(29) });
    await push([expired, kept]);
    const lines: string[] = [];

    const sweeping = startSignUpRetention({
      store: server.store,
      retentionDays: 30,
      log: (line) => lines.push(line),
    });
    await sweeping.stop();

    expect(lines).toEqual([`signups_deleted reason=retention count=1 group=${server.groupId}`]);
    expect((await heldSignUps()).signups.map((s) => s.id)).toEqual([kept.id]);
  });
});
