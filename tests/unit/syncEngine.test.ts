import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CartaDatabase } from '../../src/db/database';
import type { SyncState } from '../../src/db/rows';
import { backoffDelayMs, MAX_BACKOFF_MS } from '../../src/sync/backoff';
import { queueRecord } from '../../src/sync/outbox';
import { runSync } from '../../src/sync/syncEngine';
import { readSyncState } from '../../src/sync/syncState';
import { startSyncScheduler } from '../../src/sync/syncScheduler';
import type { FetchLike } from '../../src/sync/groupApi';
import { MAX_PUSH_ITEMS, MAX_SYNC_BODY_BYTES } from '../../src/domain/syncProtocol';
import { joinedGroup } from './groupMembership';

interface PushedItem {
  id: string;
  type: string;
  data: { caseId?: string; actions?: Record<string, number> };
}

/** A stand-in for the group's server that stores reports by id, like the real one. */
function fakeServer() {
  const stored = new Map<string, PushedItem>();
  const requests: PushedItem[][] = [];
  let next: (() => Response) | null = null;
  const fetch: FetchLike = async (_url, init) => {
    const body = JSON.parse(String(init.body)) as { push: PushedItem[] };
    requests.push(body.push);
    if (next) {
      const answer = next;
      next = null;
      return answer();
    }
    const results = body.push.map((item) => {
      if (item.data.caseId === 'no-such-case') {
        return {
          id: item.id,
          status: 'rejected',
          error: { code: 'unknown_case', message: 'No case no-such-case in this group' },
        };
      }
      const status = stored.has(item.id) ? 'duplicate' : 'stored';
      stored.set(item.id, item);
      return { id: item.id, status };
    });
    return Response.json({
      results,
      cases: [],
      totals: { 'ua-105-22': { letter: stored.size } },
      cursor: String(stored.size),
    });
  };
  return {
    fetch: vi.fn(fetch),
    stored,
    requests,
    failNextWith(answer: () => Response) {
      next = answer;
    },
  };
}

function report(caseId: string, letters: number) {
  return { caseId, actions: { letter: letters }, occurredOn: '2026-11-22' };
}

let database: CartaDatabase;
let clock: Date;
const now = () => clock;

beforeEach(async () => {
  database = new CartaDatabase(`sync-test-${crypto.randomUUID()}`);
  clock = new Date('2026-11-26T10:00:00Z');
  await database.group.put(
    joinedGroup({ serverUrl: 'http://127.0.0.1:8080', groupName: 'Sutton Coldfield' }),
  );
});

afterEach(async () => {
  vi.useRealTimers();
  database.close();
  await database.delete();
});

describe('delivering the outbox', () => {
  it('delivers good reports and keeps the bad one visible with the server’s reason', async () => {
    const server = fakeServer();
    const good1 = await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    const bad = await queueRecord(database, 'action-report', report('no-such-case', 1), clock);
    const good2 = await queueRecord(database, 'action-report', report('ua-105-22', 1), clock);

    const result = await runSync({ database, fetch: server.fetch, now });

    expect(result).toEqual({ outcome: 'synced', delivered: 2, rejected: 1 });
    expect((await database.outbox.get(good1.id))?.state).toBe('sent');
    expect((await database.outbox.get(good2.id))?.state).toBe('sent');
    const rejected = await database.outbox.get(bad.id);
    expect(rejected?.state).toBe('rejected');
    expect(rejected?.lastError).toBe('No case no-such-case in this group');
    expect(await database.totals.get('ua-105-22')).toMatchObject({ counts: { letter: 2 } });
  });

  it('treats a "duplicate" answer as delivered, so a lost answer never counts twice', async () => {
    const server = fakeServer();
    const item = await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    server.stored.set(item.id, {
      id: item.id,
      type: 'action-report',
      data: report('ua-105-22', 2),
    });
    await runSync({ database, fetch: server.fetch, now });
    expect((await database.outbox.get(item.id))?.state).toBe('sent');
    expect(server.stored.size).toBe(1);
  });

  it('sends in batches until the outbox is empty', async () => {
    const server = fakeServer();
    for (let i = 0; i < 25; i += 1) {
      await queueRecord(database, 'action-report', report('ua-105-22', 1), clock);
    }
    const result = await runSync({ database, fetch: server.fetch, now, batchSize: 10 });
    expect(result).toMatchObject({ outcome: 'synced', delivered: 25 });
    expect(server.requests.map((r) => r.length)).toEqual([10, 10, 5]);
    expect(await database.outbox.where('state').equals('pending').count()).toBe(0);
  });
});

describe('a large backlog', () => {
  it('sends as many items as the server takes at once, and keeps every request under its size limit', async () => {
    const server = fakeServer();
    for (let i = 0; i < MAX_PUSH_ITEMS + 20; i += 1) {
      await queueRecord(database, 'action-report', report('ua-105-22', 1), clock);
    }
    // Sealed sign-ups from a long stall: kilobytes each, so a full count would not fit.
    const sealedText = 'x'.repeat(300 * 1024);
    for (let i = 0; i < 5; i += 1) {
      await queueRecord(
        database,
        'sign-up',
        { caseId: 'ua-105-22', sealed: { ciphertext: sealedText } },
        new Date(clock.getTime() + 1_000),
      );
    }

    const result = await runSync({ database, fetch: server.fetch, now });

    expect(result).toMatchObject({ outcome: 'synced', delivered: MAX_PUSH_ITEMS + 25 });
    const bodies = vi.mocked(server.fetch).mock.calls.map(([, init]) => String(init.body));
    expect(
      bodies.every((body) => new TextEncoder().encode(body).length <= MAX_SYNC_BODY_BYTES),
    ).toBe(true);
    expect(server.requests[0]).toHaveLength(MAX_PUSH_ITEMS);
    expect(server.requests.length).toBeGreaterThan(2);
  });
});

describe('when the server cannot be reached', () => {
  it('backs off exponentially with jitter, capped at five minutes', () => {
    const low = () => 0;
    const high = () => 1;
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, high))).toEqual([2000, 4000, 8000, 16000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, low))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelayMs(30, high)).toBe(MAX_BACKOFF_MS);
    expect(backoffDelayMs(30, low)).toBe(MAX_BACKOFF_MS / 2);
  });

  it('waits out the backoff, then delivers on the next attempt; "Sync now" skips the wait', async () => {
    const server = fakeServer();
    const item = await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    server.failNextWith(() => {
      throw new TypeError('Failed to fetch');
    });

    const failed = await runSync({ database, fetch: server.fetch, now, random: () => 1 });
    expect(failed).toEqual({
      outcome: 'failed',
      reason: 'offline',
      retryAt: '2026-11-26T10:00:02.000Z',
    });
    expect((await database.outbox.get(item.id))?.state).toBe('pending');
    expect((await database.outbox.get(item.id))?.attempts).toBe(1);

    const early = await runSync({ database, fetch: server.fetch, now });
    expect(early.outcome).toBe('backing-off');
    expect(server.fetch).toHaveBeenCalledTimes(1);

    const forced = await runSync({ database, fetch: server.fetch, now }, { force: true });
    expect(forced).toMatchObject({ outcome: 'synced', delivered: 1 });
    expect((await readSyncState(database)).failures).toBe(0);
  });

  it('backs off after a 5xx the same way', async () => {
    const server = fakeServer();
    await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    for (const expected of ['10:00:02', '10:00:04', '10:00:08']) {
      server.failNextWith(() => new Response('oops', { status: 503 }));
      const result = await runSync(
        { database, fetch: server.fetch, now, random: () => 1 },
        { force: true },
      );
      expect(result).toMatchObject({ outcome: 'failed', retryAt: `2026-11-26T${expected}.000Z` });
    }
  });

  it('honours Retry-After when the server is busy', async () => {
    const server = fakeServer();
    await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    server.failNextWith(
      () => new Response('{}', { status: 429, headers: { 'Retry-After': '120' } }),
    );
    const result = await runSync({ database, fetch: server.fetch, now });
    expect(result).toMatchObject({ outcome: 'failed', retryAt: '2026-11-26T10:02:00.000Z' });

    clock = new Date('2026-11-26T10:01:59Z');
    expect((await runSync({ database, fetch: server.fetch, now })).outcome).toBe('backing-off');
    clock = new Date('2026-11-26T10:02:00Z');
    expect(await runSync({ database, fetch: server.fetch, now })).toMatchObject({ delivered: 1 });
  });
});

describe('when the server refuses the device', () => {
  it('stops on 401 and asks to join again, even when the member presses "Sync now"', async () => {
    const server = fakeServer();
    const item = await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    server.failNextWith(() =>
      Response.json(
        { error: { code: 'unauthorized', message: 'Unknown device' } },
        { status: 401 },
      ),
    );
    expect(await runSync({ database, fetch: server.fetch, now })).toEqual({
      outcome: 'needs-rejoin',
    });
    expect(await runSync({ database, fetch: server.fetch, now }, { force: true })).toEqual({
      outcome: 'needs-rejoin',
    });
    expect(server.fetch).toHaveBeenCalledTimes(1);
    expect((await readSyncState(database)).needsRejoin).toBe(true);
    expect((await database.outbox.get(item.id))?.state).toBe('pending');
  });
});

describe('when the coordinator removed the phone from the group', () => {
  const removed = () =>
    Response.json(
      {
        error: {
          code: 'revoked',
          message: 'The coordinator removed this phone from the group.',
        },
      },
      { status: 401 },
    );

  it('says so, stops for good and keeps every record it had not delivered', async () => {
    const server = fakeServer();
    const delivered = await queueRecord(database, 'action-report', report('ua-105-22', 1), clock);
    await runSync({ database, fetch: server.fetch, now });
    const report1 = await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    const report2 = await queueRecord(database, 'action-report', report('ua-105-22', 3), clock);
    server.failNextWith(removed);
    clock = new Date('2026-11-27T08:00:00Z');

    expect(await runSync({ database, fetch: server.fetch, now })).toEqual({ outcome: 'removed' });
    expect(await runSync({ database, fetch: server.fetch, now }, { force: true })).toEqual({
      outcome: 'removed',
    });

    expect(server.fetch).toHaveBeenCalledTimes(2);
    const state = await readSyncState(database);
    expect(state.removedAt).toBe('2026-11-27T08:00:00.000Z');
    expect(state.needsRejoin).toBe(true);
    expect(state.lastError).toBe('The coordinator removed this phone from the group.');
    expect((await database.outbox.get(report1.id))?.state).toBe('pending');
    expect((await database.outbox.get(report2.id))?.state).toBe('pending');
    expect((await database.outbox.get(delivered.id))?.state).toBe('sent');
  });

  it('reads a phone’s bookkeeping from before removal was recorded as not removed', async () => {
    const older: Partial<SyncState> = { ...(await readSyncState(database)), cursor: '7' };
    delete older.removedAt;
    await database.syncState.put(older as SyncState);

    expect(await readSyncState(database)).toMatchObject({ cursor: '7', removedAt: null });
    expect(await runSync({ database, fetch: fakeServer().fetch, now })).toMatchObject({
      outcome: 'synced',
    });
  });

  it('tells a token the server never knew apart from a removed phone', async () => {
    const server = fakeServer();
    server.failNextWith(() =>
      Response.json(
        { error: { code: 'invalid_token', message: 'Join again with a current code.' } },
        { status: 401 },
      ),
    );

    expect(await runSync({ database, fetch: server.fetch, now })).toEqual({
      outcome: 'needs-rejoin',
    });
    expect((await readSyncState(database)).removedAt).toBeNull();
  });

  it('sets no timer to try again, however much is waiting', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const server = fakeServer();
    await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    server.failNextWith(removed);

    const scheduler = startSyncScheduler({ database, fetch: server.fetch, now });
    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));
    await vi.waitFor(async () => expect((await readSyncState(database)).removedAt).not.toBeNull());
    await vi.advanceTimersByTimeAsync(60 * 60_000);

    expect(server.fetch).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    scheduler.stop();
  });
});

describe('the scheduler', () => {
  it('retries on its own timer after a failure and delivers without any user action', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const server = fakeServer();
    await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    server.failNextWith(() => new Response('down', { status: 502 }));

    const scheduler = startSyncScheduler({ database, fetch: server.fetch, now, random: () => 1 });
    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));
    await vi.waitFor(async () => expect(vi.getTimerCount()).toBe(1));

    clock = new Date(clock.getTime() + 2_000);
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(async () =>
      expect(await database.outbox.where('state').equals('sent').count()).toBe(1),
    );
    expect(server.fetch).toHaveBeenCalledTimes(2);
    scheduler.stop();
  });

  it('runs once more when something is queued during a sync, however many ask', async () => {
    const server = fakeServer();
    const scheduler = startSyncScheduler({ database, fetch: server.fetch, now });
    await queueRecord(database, 'action-report', report('ua-105-22', 1), clock);
    await Promise.all([scheduler.requestSync(), scheduler.requestSync(), scheduler.requestSync()]);
    expect(server.fetch.mock.calls.length).toBeLessThanOrEqual(2);
    expect(await database.outbox.where('state').equals('sent').count()).toBe(1);
    scheduler.stop();
  });
});

describe('answers that cannot be trusted', () => {
  it('backs off, instead of spinning, when a portal answers 200 with something else', async () => {
    const server = fakeServer();
    const item = await queueRecord(database, 'action-report', report('ua-105-22', 2), clock);
    server.failNextWith(() => Response.json({ welcome: 'to the café wifi' }));
    const result = await runSync({ database, fetch: server.fetch, now, random: () => 1 });
    expect(result).toEqual({
      outcome: 'failed',
      reason: 'unreadable-answer',
      retryAt: '2026-11-26T10:00:02.000Z',
    });
    expect((await database.outbox.get(item.id))?.state).toBe('pending');
  });

  it('settles only the items the request carried, whatever ids the answer names', async () => {
    const carried = await queueRecord(database, 'action-report', report('ua-105-22', 1), clock);
    const fetch: FetchLike = async () => {
      const other = await queueRecord(database, 'action-report', report('ua-105-22', 5), clock);
      return Response.json({
        results: [
          { id: carried.id, status: 'stored' },
          { id: other.id, status: 'stored' },
        ],
        cases: [],
        totals: {},
        cursor: null,
      });
    };
    await runSync({ database, fetch, now });
    expect((await database.outbox.get(carried.id))?.state).toBe('sent');
    expect(await database.outbox.where('state').equals('pending').count()).toBe(1);
  });

  it('pulls everything again when the server no longer knows the cursor', async () => {
    const server = fakeServer();
    await database.syncState.put({ ...(await readSyncState(database)), cursor: 'stale' });
    server.failNextWith(() =>
      Response.json(
        { error: { code: 'invalid_cursor', message: 'Unknown cursor' } },
        { status: 400 },
      ),
    );
    const result = await runSync({ database, fetch: server.fetch, now });
    expect(result.outcome).toBe('synced');
    expect(server.fetch).toHaveBeenCalledTimes(2);
    expect(JSON.parse(String(server.fetch.mock.calls[1]![1].body)).cursor).toBeNull();
  });
});

describe("the group's settings in the sync answer", () => {
  it('are kept on the phone for the kiosk, and an answer without them changes nothing', async () => {
    const answer = (group: Record<string, unknown>) => () =>
      Response.json({ results: [], cases: [], totals: {}, cursor: null, group });
    const server = fakeServer();

    server.failNextWith(
      answer({
        publicKey: null,
        keyId: null,
        contact: 'amnesty.sutton@example.org',
        signupRetentionDays: 60,
      }),
    );
    await runSync({ database, fetch: server.fetch, now });
    expect(await database.group.get('current')).toMatchObject({
      contact: 'amnesty.sutton@example.org',
      signupRetentionDays: 60,
    });

    // An older server sends only its key: what the phone learned before still stands.
    server.failNextWith(answer({ publicKey: null, keyId: null }));
    await runSync({ database, fetch: server.fetch, now });
    expect(await database.group.get('current')).toMatchObject({
      contact: 'amnesty.sutton@example.org',
      signupRetentionDays: 60,
    });
  });
});
