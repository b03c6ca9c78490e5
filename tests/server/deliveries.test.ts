import { count, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_SYNC_BODY_BYTES,
  type DeliveryResponse,
  type SyncResponse,
} from '../../src/domain/syncProtocol';
import { readCaseFiles, seedCases } from '../../src/server/seedCases';
import { groupTotals } from '../../src/server/store/groupTotals';
import { pushedItems, signUps } from '../../src/server/store/schema';
import { fixtureCasesDir } from './caseFixtures';
import {
  actionReport,
  appOver,
  createOtherGroup,
  giveGroupAKey,
  joinAs,
  requestAs,
  signUp,
  startGroupServer,
  sync,
  type GroupServer,
  type OtherGroup,
} from './groupServer';
import { storeKinds } from './storeTargets';

const UA = 'ua-105-22';
const PETITION = 'peru-repression-petition';

describe.each(storeKinds)('a coordinator delivering a phone’s saved file on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
  });

  afterAll(async () => {
    await server?.close();
  });

  /** A group of the test's own, with the fixture cases and a key, so its totals are its own. */
  async function freshGroup(): Promise<OtherGroup & { coordinator: string; member: string }> {
    const group = await createOtherGroup(server.store, 'Stall group');
    await seedCases(server.store, group.groupId, await readCaseFiles(fixtureCasesDir));
    await giveGroupAKey(server.store, group.groupId);
    const coordinator = await joinAs(app, group.coordinatorCode, 'Coordinator laptop');
    const member = await joinAs(app, group.memberCode, 'Stall phone');
    return { ...group, coordinator: coordinator.token, member: member.token };
  }

  function deliver(token: string | null, body: unknown) {
    return requestAs(app, token, 'POST', '/api/v1/deliveries', body);
  }

  async function deliverOk(token: string, items: unknown[]): Promise<DeliveryResponse> {
    const response = await deliver(token, { items });
    expect(response.status).toBe(200);
    return (await response.json()) as DeliveryResponse;
  }

  async function storedRows(ids: string[]): Promise<number> {
    const [row] = await server.store.db
      .select({ n: count() })
      .from(pushedItems)
      .where(inArray(pushedItems.id, ids));
    return row?.n ?? 0;
  }

  it('stores a removed phone’s reports and sign-ups once, however often they arrive and by whichever way', async () => {
    const group = await freshGroup();
    const phone = await joinAs(app, group.memberCode, 'Lost stall phone');
    // The coordinator removes the phone before it ever delivered anything.
    expect(
      (await requestAs(app, group.coordinator, 'POST', `/api/v1/devices/${phone.deviceId}/revoke`))
        .status,
    ).toBe(200);
    const sealedSignUp = signUp(PETITION);
    const file = [
      actionReport(UA, { letter: 2, email: 1 }),
      actionReport(PETITION, { petition: 1 }),
      sealedSignUp,
    ];

    const first = await deliverOk(group.coordinator, file);

    expect(first.results).toEqual(file.map((item) => ({ id: item.id, status: 'stored' })));
    expect(await groupTotals(server.store.db, group.groupId)).toEqual({
      [UA]: { letter: 2, email: 1 },
      [PETITION]: { petition: 1, signups: 1 },
    });
    const signUpRows = await server.store.db
      .select({ id: signUps.itemId, sealed: signUps.sealed })
      .from(signUps)
      .where(inArray(signUps.itemId, [sealedSignUp.id]));
    expect(signUpRows).toEqual([{ id: sealedSignUp.id, sealed: sealedSignUp.data.sealed }]);

    // The coordinator uploads the same file again: nothing is counted twice.
    const again = await deliverOk(group.coordinator, file);
    expect(again.results).toEqual(file.map((item) => ({ id: item.id, status: 'duplicate' })));

    // The phone joins again and its sync sends the same records: the phone learns they arrived.
    const rejoined = await joinAs(app, group.memberCode, 'Lost stall phone, found');
    const synced = await sync(app, rejoined.token, { cursor: null, push: file });
    expect(synced.status).toBe(200);
    const answer = (await synced.json()) as SyncResponse;
    expect(answer.results).toEqual(file.map((item) => ({ id: item.id, status: 'duplicate' })));
    expect(answer.totals).toEqual({
      [UA]: { letter: 2, email: 1 },
      [PETITION]: { petition: 1, signups: 1 },
    });
    expect(await storedRows(file.map((item) => item.id))).toBe(3);
  });

  it('answers what a phone already delivered by sync as a duplicate', async () => {
    const group = await freshGroup();
    const report = actionReport(UA, { call: 3 });
    expect((await sync(app, group.member, { cursor: null, push: [report] })).status).toBe(200);

    const answer = await deliverOk(group.coordinator, [report]);

    expect(answer.results).toEqual([{ id: report.id, status: 'duplicate' }]);
    expect(await groupTotals(server.store.db, group.groupId)).toEqual({ [UA]: { call: 3 } });
  });

  it('refuses each record the group cannot take with its reason and stores the rest', async () => {
    const group = await freshGroup();
    const good = actionReport(UA, { letter: 1 });
    const elsewhere = actionReport('a-case-of-another-group', { letter: 1 });
    const foreignKey = signUp(PETITION, undefined, { keyId: 'c29tZW9uZS1lbHNlcy1rZXk' });
    const broken = { ...actionReport(UA, { letter: 1 }), data: { caseId: UA, actions: {} } };
    const taken = actionReport(UA, { email: 1 });
    await deliverOk(group.coordinator, [taken]);
    const changed = { ...taken, data: { ...taken.data, actions: { email: 9 } } };

    const answer = await deliverOk(group.coordinator, [
      good,
      elsewhere,
      foreignKey,
      broken,
      changed,
    ]);

    expect(answer.results).toEqual([
      { id: good.id, status: 'stored' },
      {
        id: elsewhere.id,
        status: 'rejected',
        error: expect.objectContaining({ code: 'unknown_case' }),
      },
      {
        id: foreignKey.id,
        status: 'rejected',
        error: expect.objectContaining({ code: 'unknown_key' }),
      },
      { id: broken.id, status: 'rejected', error: expect.objectContaining({ code: 'invalid' }) },
      { id: changed.id, status: 'rejected', error: expect.objectContaining({ code: 'conflict' }) },
    ]);
    expect(await groupTotals(server.store.db, group.groupId)).toEqual({
      [UA]: { letter: 1, email: 1 },
    });
  });

  it('keeps each group’s records to itself: a file delivered to one group is new to another', async () => {
    const ours = await freshGroup();
    const theirs = await freshGroup();
    const report = actionReport(UA, { letter: 4 });
    await deliverOk(ours.coordinator, [report]);

    const answer = await deliverOk(theirs.coordinator, [report]);

    expect(answer.results).toEqual([{ id: report.id, status: 'stored' }]);
    expect(await groupTotals(server.store.db, ours.groupId)).toEqual({ [UA]: { letter: 4 } });
    expect(await groupTotals(server.store.db, theirs.groupId)).toEqual({ [UA]: { letter: 4 } });
  });

  describe('who may deliver', () => {
    it('turns away a member’s phone with 403 coordinator_only and stores nothing', async () => {
      const group = await freshGroup();
      const report = actionReport(UA, { letter: 1 });
      const response = await deliver(group.member, { items: [report] });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: { code: 'coordinator_only', message: expect.any(String) },
      });
      expect(await storedRows([report.id])).toBe(0);
    });

    it('turns away a request without a token, or with a removed coordinator’s, with 401', async () => {
      const group = await freshGroup();
      const report = actionReport(UA, { letter: 1 });
      expect((await deliver(null, { items: [report] })).status).toBe(401);

      const second = await joinAs(app, group.coordinatorCode, 'Old coordinator phone');
      const secondId = second.deviceId;
      await requestAs(app, group.coordinator, 'POST', `/api/v1/devices/${secondId}/revoke`);
      const refused = await deliver(second.token, { items: [report] });
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: { code: 'revoked' } });
      expect(await storedRows([report.id])).toBe(0);
    });
  });

  describe('malformed deliveries', () => {
    it.each([
      ['a body that is not JSON', '{"items": [', 400, 'invalid_json'],
      ['no items', {}, 400, 'invalid_request'],
      ['items that are not a list', { items: { id: 'x' } }, 400, 'invalid_request'],
      ['a sync request in place of a delivery', { cursor: null, push: [] }, 400, 'invalid_request'],
      ['a JSON list', [], 400, 'invalid_request'],
      ['null', null, 400, 'invalid_request'],
    ])('answers %s with a JSON 4xx', async (_label, body, status, code) => {
      const group = await freshGroup();
      const response = await app.request('/api/v1/deliveries', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${group.coordinator}`,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error: { code } });
    });

    it('answers items it cannot read in their place, never with a 5xx', async () => {
      const group = await freshGroup();
      const good = actionReport(UA, { letter: 1 });
      const answer = await deliverOk(group.coordinator, [
        null,
        42,
        'text',
        { id: 'not-a-uuid', type: 'action-report' },
        { ...actionReport(UA, { letter: 1 }), createdAt: '1066-10-14T09:00:00Z' },
        { ...actionReport(UA, { letter: 1 }), data: { caseId: UA, actions: { letter: 1e9 } } },
        good,
      ]);
      expect(answer.results.map((result) => result.status)).toEqual([
        'rejected',
        'rejected',
        'rejected',
        'rejected',
        'rejected',
        'rejected',
        'stored',
      ]);
      expect(await storedRows([good.id])).toBe(1);
    });

    it('answers a body of a form with 415, and stores nothing', async () => {
      const group = await freshGroup();
      const response = await app.request('/api/v1/deliveries', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Authorization: `Bearer ${group.coordinator}`,
        },
        body: 'items=1',
      });
      expect(response.status).toBe(415);
    });

    it('answers 501 items with a 413 and accepts 500, so the coordinator’s device sends batches', async () => {
      const group = await freshGroup();
      const many = Array.from({ length: 501 }, () => actionReport(UA, { letter: 1 }));
      const tooMany = await deliver(group.coordinator, { items: many });
      expect(tooMany.status).toBe(413);
      expect(await tooMany.json()).toMatchObject({ error: { code: 'too_many_items' } });
      expect(await storedRows(many.map((item) => item.id))).toBe(0);

      const answer = await deliverOk(group.coordinator, many.slice(0, 500));
      expect(answer.results.filter((r) => r.status === 'stored')).toHaveLength(500);
      expect(await groupTotals(server.store.db, group.groupId)).toEqual({
        [UA]: { letter: 500 },
      });
    });

    it('answers a body over 1 MiB with a 413 and stores nothing', async () => {
      const group = await freshGroup();
      const report = actionReport(UA, { letter: 1 });
      const response = await deliver(group.coordinator, {
        items: [report, { padding: 'x'.repeat(MAX_SYNC_BODY_BYTES) }],
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
      expect(await storedRows([report.id])).toBe(0);
    });
  });
});
