import { randomUUID } from 'node:crypto';
import { count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncResponse } from '../../src/domain/syncProtocol';
import { MAX_SYNC_BODY_BYTES } from '../../src/domain/syncProtocol';
import { hashJoinCode } from '../../src/server/membership/joinCode';
import { devices, groups, joinCodes, pushedItems, signUps } from '../../src/server/store/schema';
import { caseFixture, fixtureCasesDir } from './caseFixtures';
import { readCaseFiles, seedCases } from '../../src/server/seedCases';
import {
  actionReport,
  appOver,
  joinAs,
  signUp,
  giveGroupAKey,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';
import { upsertCases } from '../../src/server/store/caseRepository';

const UA = 'ua-105-22';
const PETITION = 'peru-repression-petition';

describe.each(storeKinds)('syncing with the server on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    await giveGroupAKey(server.store, server.groupId);
    app = appOver(server.store);
  });

  afterAll(async () => {
    await server?.close();
  });

  async function storedRows(ids: string[]): Promise<number> {
    const [row] = await server.store.db
      .select({ n: count() })
      .from(pushedItems)
      .where(inArray(pushedItems.id, ids));
    return row?.n ?? 0;
  }

  async function syncOk(token: string, body: unknown): Promise<SyncResponse> {
    const response = await sync(app, token, body);
    expect(response.status).toBe(200);
    return (await response.json()) as SyncResponse;
  }

  describe('who may sync', () => {
    it.each([
      ['no Authorization header', {}],
      ['a token the server never issued', { Authorization: 'Bearer ' + 'x'.repeat(43) }],
      ['a header that is not a bearer token', { Authorization: 'Basic YW5hOnNlY3JldA==' }],
    ])('turns away %s with a JSON 401 and stores nothing', async (_label, headers) => {
      const item = actionReport(UA, { letter: 1 });
      const response = await app.request('/api/v1/sync', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ cursor: null, push: [item] }),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: 'invalid_token', message: expect.stringMatching(/join again/i) },
      });
      expect(await storedRows([item.id])).toBe(0);
    });

    it('turns away a device once it has been revoked', async () => {
      const { token, deviceId } = await joinAs(app);
      expect((await sync(app, token, { cursor: null, push: [] })).status).toBe(200);
      await server.store.db
        .update(devices)
        .set({ revokedAt: sql`now()` })
        .where(eq(devices.id, deviceId));
      const refused = await sync(app, token, { cursor: null, push: [] });
      expect(refused.status).toBe(401);
      // Not "join again": the phone is told it was removed, and keeps what it has not delivered.
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('revoked');
    });
  });

  describe('exactly once', () => {
    it('stores an item sent five times at once a single time and calls the other four duplicates', async () => {
      const { token } = await joinAs(app);
      const item = actionReport(UA, { letter: 2, email: 1 });
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => syncOk(token, { cursor: null, push: [item] })),
      );
      const statuses = answers.map((answer) => answer.results[0]?.status).sort();
      expect(statuses).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'stored']);
      expect(await storedRows([item.id])).toBe(1);
    });

    it('stores each item of six overlapping batches sent at once exactly once', async () => {
      const { token } = await joinAs(app);
      const items = Array.from({ length: 200 }, () => actionReport(PETITION, { petition: 1 }));
      // Half the requests carry the items in the reverse order: the worst case for row locks.
      const batches = Array.from({ length: 6 }, (_, n) => (n % 2 ? [...items].reverse() : items));
      const answers = await Promise.all(
        batches.map((push) => syncOk(token, { cursor: null, push })),
      );
      const stored = answers.flatMap((a) => a.results).filter((r) => r.status === 'stored');
      expect(stored).toHaveLength(200);
      expect(new Set(stored.map((r) => r.id)).size).toBe(200);
      expect(await storedRows(items.map((i) => i.id))).toBe(200);
    });

    it('rejects the same id with another payload as a conflict and keeps the first one', async () => {
      const { token } = await joinAs(app);
      const first = actionReport(UA, { letter: 2 });
      const changed = { ...first, data: { ...first.data, actions: { letter: 3 } } };
      expect((await syncOk(token, { cursor: null, push: [first] })).results).toEqual([
        { id: first.id, status: 'stored' },
      ]);
      const answer = await syncOk(token, { cursor: null, push: [changed] });
      expect(answer.results).toEqual([
        {
          id: first.id,
          status: 'rejected',
          error: { code: 'conflict', message: expect.stringMatching(/different record/) },
        },
      ]);
      // A repeat of the original is still a harmless duplicate, whatever came in between.
      expect((await syncOk(token, { cursor: null, push: [first] })).results[0]?.status).toBe(
        'duplicate',
      );
    });

    it('answers a repeat whose keys arrive in another order as a duplicate', async () => {
      const { token } = await joinAs(app);
      const item = actionReport(UA, { letter: 1, call: 2 });
      await syncOk(token, { cursor: null, push: [item] });
      const reordered = {
        data: { occurredOn: item.data.occurredOn, actions: { call: 2, letter: 1 }, caseId: UA },
        createdAt: item.createdAt,
        type: item.type,
        id: item.id,
      };
      expect((await syncOk(token, { cursor: null, push: [reordered] })).results[0]?.status).toBe(
        'duplicate',
      );
    });

    it('answers the same id twice in one request as stored, then duplicate or conflict', async () => {
      const { token } = await joinAs(app);
      const item = actionReport(UA, { fax: 1 });
      const other = { ...item, data: { ...item.data, actions: { fax: 2 } } };
      const answer = await syncOk(token, { cursor: null, push: [item, item, other] });
      expect(answer.results.map((r) => [r.id, r.status])).toEqual([
        [item.id, 'stored'],
        [item.id, 'duplicate'],
        [item.id, 'rejected'],
      ]);
      expect(answer.results[2]).toMatchObject({ error: { code: 'conflict' } });
      expect(await storedRows([item.id])).toBe(1);
    });
  });

  describe('each item on its own', () => {
    it('stores 99 good items of 100 and rejects the bad one with its reason', async () => {
      const { token } = await joinAs(app);
      const items: unknown[] = Array.from({ length: 100 }, () => actionReport(UA, { social: 1 }));
      const bad = actionReport(UA, { letter: 0 });
      items[37] = bad;
      const answer = await syncOk(token, { cursor: null, push: items });
      expect(answer.results).toHaveLength(100);
      expect(answer.results.filter((r) => r.status === 'stored')).toHaveLength(99);
      expect(answer.results[37]).toEqual({
        id: bad.id,
        status: 'rejected',
        error: { code: 'invalid', message: expect.stringContaining('actions.letter') },
      });
      const ids = (items as Array<{ id: string }>).map((item) => item.id);
      expect(await storedRows(ids)).toBe(99);
    });

    it('rejects a report on a case the server does not have', async () => {
      const { token } = await joinAs(app);
      const item = actionReport('ua-999-99', { letter: 1 });
      const answer = await syncOk(token, { cursor: null, push: [item] });
      expect(answer.results).toEqual([
        {
          id: item.id,
          status: 'rejected',
          error: { code: 'unknown_case', message: expect.stringContaining('ua-999-99') },
        },
      ]);
      expect(await storedRows([item.id])).toBe(0);
    });

    it('answers items it cannot read at all in their place, without storing them', async () => {
      const { token } = await joinAs(app);
      const good = actionReport(UA, { other: 1 });
      const answer = await syncOk(token, {
        cursor: null,
        push: [null, 42, 'text', { id: 'not-a-uuid', type: 'action-report' }, good],
      });
      expect(answer.results.map((r) => [r.id, r.status])).toEqual([
        ['', 'rejected'],
        ['', 'rejected'],
        ['', 'rejected'],
        ['not-a-uuid', 'rejected'],
        [good.id, 'stored'],
      ]);
      for (const result of answer.results.slice(0, 4)) {
        expect(result).toMatchObject({ error: { code: 'invalid', message: expect.any(String) } });
      }
    });

    it.each([
      [
        'a creation time in year 0',
        () => actionReport(UA, { letter: 1 }, { createdAt: '0000-01-01T00:00:00Z' }),
        /createdAt/,
      ],
      [
        'a creation time past year 9999',
        () => actionReport(UA, { letter: 1 }, { createdAt: '9999-12-31T23:59:59-14:00' }),
        /createdAt/,
      ],
      [
        'an action date in year 0',
        () => actionReport(UA, { letter: 1 }, { occurredOn: '0000-01-01' }),
        /occurredOn/,
      ],
      [
        'a NUL character in its sealed envelope',
        () => {
          const item = signUp(PETITION);
          item.data.sealed.alg = 'RSA\u0000OAEP';
          return item;
        },
        /data\.sealed\.alg/,
      ],
      [
        'half a surrogate pair in its consent text version',
        () => {
          const item = signUp(PETITION);
          item.data.consent.textVersion = 'v1-\ud800';
          return item;
        },
        /data\.consent\.textVersion/,
      ],
    ])(
      'rejects an item with %s on its own, where the database would fail the batch',
      async (_label, makeItem, reason) => {
        const { token } = await joinAs(app);
        const bad = makeItem();
        const good = actionReport(UA, { email: 1 });
        const answer = await syncOk(token, { cursor: null, push: [bad, good] });
        expect(answer.results).toEqual([
          {
            id: bad.id,
            status: 'rejected',
            error: { code: 'invalid', message: expect.stringMatching(reason) },
          },
          { id: good.id, status: 'stored' },
        ]);
      },
    );

    it('answers an id in capitals as written, and knows it again in lower case', async () => {
      const { token } = await joinAs(app);
      const item = actionReport(UA, { letter: 1 });
      const shouted = { ...item, id: item.id.toUpperCase() };
      expect((await syncOk(token, { cursor: null, push: [shouted] })).results).toEqual([
        { id: shouted.id, status: 'stored' },
      ]);
      expect((await syncOk(token, { cursor: null, push: [item] })).results).toEqual([
        { id: item.id, status: 'duplicate' },
      ]);
      expect(await storedRows([item.id])).toBe(1);
    });

    it('keeps a sign-up’s readable consent record and its sealed envelope as sent', async () => {
      const { token } = await joinAs(app);
      const item = signUp(PETITION);
      expect((await syncOk(token, { cursor: null, push: [item] })).results[0]?.status).toBe(
        'stored',
      );
      const [row] = await server.store.db.select().from(signUps).where(eq(signUps.itemId, item.id));
      expect(row).toEqual({
        groupId: server.groupId,
        itemId: item.id,
        stallSessionId: item.data.stallSessionId,
        consentPetition: true,
        consentUpdates: false,
        consentTextVersion: item.data.consent.textVersion,
        consentLanguage: 'es',
        sealed: item.data.sealed,
      });
    });
  });

  describe('requests the server refuses whole', () => {
    it.each([
      ['malformed JSON', '{"cursor": null, "push": [', 'invalid_json'],
      ['an empty body', '', 'invalid_json'],
      ['JSON that is not a sync request', JSON.stringify({ push: 'all of it' }), 'invalid_request'],
      ['null', 'null', 'invalid_request'],
      [
        'a cursor it never handed out',
        JSON.stringify({ cursor: 'abc', push: [] }),
        'invalid_cursor',
      ],
    ])('answers %s with a JSON 400', async (_label, body, code) => {
      const { token } = await joinAs(app);
      const response = await sync(app, token, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
    });

    it('stores nothing from a push whose cursor is bad', async () => {
      const { token } = await joinAs(app);
      const item = actionReport(UA, { letter: 1 });
      expect((await sync(app, token, { cursor: '-5', push: [item] })).status).toBe(400);
      expect(await storedRows([item.id])).toBe(0);
    });

    it('answers 501 items with a 413, so the client sends smaller batches', async () => {
      const { token } = await joinAs(app);
      const push = Array.from({ length: 501 }, () => actionReport(UA, { letter: 1 }));
      const response = await sync(app, token, { cursor: null, push });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: 'too_many_items' } });
      expect(await storedRows(push.map((item) => item.id))).toBe(0);
    });

    it('accepts exactly 500 items', async () => {
      const { token } = await joinAs(app);
      const push = Array.from({ length: 500 }, () => actionReport(UA, { letter: 1 }));
      const answer = await syncOk(token, { cursor: null, push });
      expect(answer.results.every((r) => r.status === 'stored')).toBe(true);
    });

    it('answers a body over 1 MiB with a 413, by its Content-Length or by its bytes', async () => {
      const { token } = await joinAs(app);
      const body = JSON.stringify({
        cursor: null,
        push: [actionReport(UA, { letter: 1 })],
        padding: 'x'.repeat(MAX_SYNC_BODY_BYTES),
      });
      const declared = await sync(app, token, body);
      expect(declared.status).toBe(413);
      expect(await declared.json()).toMatchObject({ error: { code: 'payload_too_large' } });

      // Sent in chunks without a length, the server has to count the bytes as they come.
      const bytes = new TextEncoder().encode(body);
      const streamed = await app.request('/api/v1/sync', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: new ReadableStream({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 64 * 1024) {
              controller.enqueue(bytes.slice(at, at + 64 * 1024));
            }
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
    });

    it('slows a device down with a 429 and a Retry-After when it sends too fast', async () => {
      const limited = appOver(server.store, { sync: { capacity: 2, refillPerSecond: 0.5 } });
      const { token } = await joinAs(limited);
      const other = await joinAs(limited, undefined, 'Luis’s phone');
      expect((await sync(limited, token, { cursor: null, push: [] })).status).toBe(200);
      expect((await sync(limited, token, { cursor: null, push: [] })).status).toBe(200);
      const refused = await sync(limited, token, { cursor: null, push: [] });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('2');
      expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
      // The limit is per device: another phone of the group is not held back.
      expect((await sync(limited, other.token, { cursor: null, push: [] })).status).toBe(200);
    });
  });

  describe('what the group sees', () => {
    it('adds up the group’s totals per case and action type, with sign-ups, leaving zeros out', async () => {
      // A group of its own, so the other tests' reports do not count here.
      const [group] = await server.store.db
        .insert(groups)
        .values({ name: 'Totals group' })
        .returning({ id: groups.id });
      const code = `TOTALS-${randomUUID().slice(0, 8)}`;
      await server.store.db
        .insert(joinCodes)
        .values({ groupId: group!.id, role: 'member', codeHash: hashJoinCode(code) });
      await seedCases(server.store, group!.id, await readCaseFiles(fixtureCasesDir));
      await giveGroupAKey(server.store, group!.id);
      const ana = await joinAs(app, code, 'Ana');
      const luis = await joinAs(app, code, 'Luis');

      await syncOk(ana.token, {
        cursor: null,
        push: [
          actionReport(UA, { letter: 2, email: 1 }),
          actionReport(UA, { letter: 3 }),
          actionReport(PETITION, { petition: 1 }),
          signUp(PETITION),
        ],
      });
      const answer = await syncOk(luis.token, {
        cursor: null,
        push: [actionReport(UA, { call: 1, letter: 1 }), signUp(PETITION), signUp(UA)],
      });
      expect(answer.totals).toEqual({
        [UA]: { letter: 6, email: 1, call: 1, signups: 1 },
        [PETITION]: { petition: 1, signups: 2 },
      });

      // Every device of the group gets the same totals, even with nothing to push.
      expect((await syncOk(ana.token, { cursor: null, push: [] })).totals).toEqual(answer.totals);
      // Another group's device does not see them.
      const outsider = await joinAs(app);
      const theirs = (await syncOk(outsider.token, { cursor: null, push: [] })).totals;
      expect(theirs[PETITION]?.signups).not.toBe(2);
    });

    it('hands out the cases changed since the cursor the phone sends', async () => {
      const { token } = await joinAs(app);
      const first = await syncOk(token, { cursor: null, push: [] });
      expect(first.cases.map((c) => (c as { id: string }).id).sort()).toEqual(
        expect.arrayContaining([PETITION, UA]),
      );
      expect(first.cursor).toEqual(expect.any(String));

      const nothingNew = await syncOk(token, { cursor: first.cursor, push: [] });
      expect(nothingNew).toMatchObject({ cases: [], cursor: first.cursor });

      await upsertCases(server.store.db, server.groupId, [
        caseFixture('ua-200-26', 1, 'A new Urgent Action'),
      ]);
      const changed = await syncOk(token, { cursor: first.cursor, push: [] });
      expect(changed.cases).toEqual([
        expect.objectContaining({
          id: 'ua-200-26',
          title: expect.objectContaining({ en: 'A new Urgent Action' }),
        }),
      ]);
      expect(changed.cursor).not.toBe(first.cursor);
    });
  });
});
