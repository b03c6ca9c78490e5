import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncResponse } from '../../src/domain/syncProtocol';
import { caseTotals } from '../../src/server/store/schema';
import {
  actionReport,
  appOver,
  joinAs,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

const UA = 'ua-105-22';
const PETITION = 'peru-repression-petition';
const LARGEST_32_BIT = 2 ** 31 - 1;

describe.each(storeKinds)('a group whose totals grow very large on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
  });

  afterAll(async () => {
    await server?.close();
  });

  async function setLetterTotal(caseId: string, count: number | bigint) {
    await server.store.db
      .update(caseTotals)
      .set({ count: sql`${String(count)}::bigint` })
      .where(
        and(
          eq(caseTotals.groupId, server.groupId),
          eq(caseTotals.caseId, caseId),
          eq(caseTotals.action, 'letter'),
        ),
      );
  }

  it('keeps counting past 2,147,483,647 letters, and the totals stay plain numbers', async () => {
    const { token } = await joinAs(app);
    expect(
      (await sync(app, token, { cursor: null, push: [actionReport(UA, { letter: 1 })] })).status,
    ).toBe(200);
    // What about 4,300 full requests would add up to, written directly to save the time.
    await setLetterTotal(UA, LARGEST_32_BIT - 500);

    const past = actionReport(UA, { letter: 1000 });
    const alongside = actionReport(PETITION, { petition: 1 });
    const response = await sync(app, token, { cursor: null, push: [past, alongside] });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as SyncResponse;
    expect(answer.results.map((r) => r.status)).toEqual(['stored', 'stored']);
    expect(answer.totals[UA]?.letter).toBe(LARGEST_32_BIT + 500);

    const again = await sync(app, token, {
      cursor: null,
      push: [actionReport(UA, { letter: 1000 })],
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as SyncResponse).totals[UA]?.letter).toBe(LARGEST_32_BIT + 1500);
  });

  it('stores the rest of a batch when one item cannot be added to its total', async () => {
    const { token } = await joinAs(app);
    // Past any real group, at the very top of a 64-bit count: one more letter cannot be added.
    await setLetterTotal(UA, 2n ** 63n - 1n);
    const stuck = actionReport(UA, { letter: 1 });
    const other = actionReport(PETITION, { petition: 2 });
    const response = await sync(app, token, { cursor: null, push: [stuck, other] });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as SyncResponse;
    expect(answer.results).toEqual([
      {
        id: stuck.id,
        status: 'rejected',
        error: { code: 'unstorable', message: expect.stringMatching(/could not be stored/) },
      },
      { id: other.id, status: 'stored' },
    ]);
    // The phone can deliver it later, once the total is sorted out: it was not half-stored.
    await setLetterTotal(UA, 10);
    const retried = await sync(app, token, { cursor: null, push: [stuck] });
    expect(((await retried.json()) as SyncResponse).results).toEqual([
      { id: stuck.id, status: 'stored' },
    ]);
  });
});
