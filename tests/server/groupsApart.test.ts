import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncResponse } from '../../src/domain/syncProtocol';
import { upsertCases } from '../../src/server/store/caseRepository';
import { actionReports, pushedItems } from '../../src/server/store/schema';
import { caseFixture } from './caseFixtures';
import {
  actionReport,
  appOver,
  createOtherGroup,
  joinAs,
  startGroupServer,
  sync,
  type GroupServer,
  type OtherGroup,
} from './groupServer';
import { storeKinds } from './storeTargets';

const UA = 'ua-105-22';

describe.each(storeKinds)('two groups on one %s server', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;
  let other: OtherGroup;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
    other = await createOtherGroup(server.store, 'Arequipa group');
    await upsertCases(server.store.db, other.groupId, [
      caseFixture(UA, 1, 'Arequipa’s own copy of UA 105.22'),
      caseFixture('arequipa-only', 1, 'A case only Arequipa has'),
    ]);
  });

  afterAll(async () => {
    await server?.close();
  });

  async function syncOk(token: string, body: unknown): Promise<SyncResponse> {
    const response = await sync(app, token, body);
    expect(response.status).toBe(200);
    return (await response.json()) as SyncResponse;
  }

  async function rowsOf(groupId: string, itemId: string) {
    const [row] = await server.store.db
      .select({ n: count() })
      .from(pushedItems)
      .innerJoin(
        actionReports,
        and(
          eq(actionReports.groupId, pushedItems.groupId),
          eq(actionReports.itemId, pushedItems.id),
        ),
      )
      .where(and(eq(pushedItems.groupId, groupId), eq(pushedItems.id, itemId)));
    return row?.n ?? 0;
  }

  it('gives each phone only its own group’s cases', async () => {
    const ours = await joinAs(app);
    const theirs = await joinAs(app, other.memberCode, 'Arequipa phone');

    const ourCases = (await syncOk(ours.token, { cursor: null, push: [] })).cases as Array<{
      id: string;
      title: { en: string };
    }>;
    const theirCases = (await syncOk(theirs.token, { cursor: null, push: [] })).cases as Array<{
      id: string;
      title: { en: string };
    }>;

    expect(ourCases.map((c) => c.id).sort()).toEqual(['peru-repression-petition', UA]);
    expect(ourCases.find((c) => c.id === UA)?.title.en).not.toMatch(/Arequipa/);
    expect(theirCases.map((c) => [c.id, c.title.en]).sort()).toEqual([
      ['arequipa-only', 'A case only Arequipa has'],
      [UA, 'Arequipa’s own copy of UA 105.22'],
    ]);
  });

  it('refuses a report on a case only another group has', async () => {
    const ours = await joinAs(app);
    const item = actionReport('arequipa-only', { letter: 1 });

    const answer = await syncOk(ours.token, { cursor: null, push: [item] });

    expect(answer.results).toEqual([
      { id: item.id, status: 'rejected', error: expect.objectContaining({ code: 'unknown_case' }) },
    ]);
  });

  it('stores the same item id from two groups twice, each exactly once in its group', async () => {
    const ours = await joinAs(app);
    const theirs = await joinAs(app, other.memberCode, 'Arequipa phone');
    const item = actionReport(UA, { letter: 2 });
    const theirItem = { ...item, data: { ...item.data, actions: { email: 5 } } };

    const first = await syncOk(ours.token, { cursor: null, push: [item] });
    const second = await syncOk(theirs.token, { cursor: null, push: [theirItem] });

    expect(first.results).toEqual([{ id: item.id, status: 'stored' }]);
    // Not a conflict: another group's id cannot mask this one.
    expect(second.results).toEqual([{ id: item.id, status: 'stored' }]);
    expect(await rowsOf(server.groupId, item.id)).toBe(1);
    expect(await rowsOf(other.groupId, item.id)).toBe(1);
    expect(second.totals[UA]).toEqual({ email: 5 });

    // Within each group, a repeat is still a duplicate and a changed payload still a conflict.
    const repeats = await Promise.all([
      syncOk(ours.token, { cursor: null, push: [item] }),
      syncOk(theirs.token, { cursor: null, push: [theirItem] }),
      syncOk(theirs.token, { cursor: null, push: [item] }),
    ]);
    expect(repeats.map((answer) => answer.results[0]?.status)).toEqual([
      'duplicate',
      'duplicate',
      'rejected',
    ]);
    expect(await rowsOf(server.groupId, item.id)).toBe(1);
    expect(await rowsOf(other.groupId, item.id)).toBe(1);
  });
});
