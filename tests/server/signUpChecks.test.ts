import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN_PHONE_SESSION_ID } from '../../src/domain/ownSignature';
import { CONSENT_TEXT_VERSION, KNOWN_CONSENT_TEXT_VERSIONS } from '../../src/domain/stallConsent';
import type { SignUpsResponse, SyncResponse } from '../../src/domain/syncProtocol';
import { signUps } from '../../src/server/store/schema';
import {
  actionReport,
  appOver,
  COORDINATOR_CODE,
  giveGroupAKey,
  joinAs,
  requestAs,
  signUp,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

const PETITION = 'peru-repression-petition';

type SignUpItem = ReturnType<typeof signUp>;

function changed(change: (item: SignUpItem) => void): SignUpItem {
  const item = signUp(PETITION);
  change(item);
  return item;
}

describe.each(storeKinds)('sign-ups checked against the group on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
  });

  afterAll(async () => {
    await server?.close();
  });

  async function syncOk(token: string, push: unknown[]): Promise<SyncResponse> {
    const response = await sync(app, token, { cursor: null, push });
    expect(response.status).toBe(200);
    return (await response.json()) as SyncResponse;
  }

  async function storedSignUps(items: Array<{ id: string }>): Promise<string[]> {
    const rows = await server.store.db
      .select({ id: signUps.itemId })
      .from(signUps)
      .where(
        inArray(
          signUps.itemId,
          items.map((item) => item.id),
        ),
      );
    return rows.map((row) => row.id);
  }

  it('refuses a sign-up while the group has no key to seal to', async () => {
    const { token } = await joinAs(app);
    const item = signUp(PETITION);
    expect((await syncOk(token, [item])).results).toEqual([
      {
        id: item.id,
        status: 'rejected',
        error: { code: 'unknown_key', message: expect.stringMatching(/key/) },
      },
    ]);
    expect(await storedSignUps([item])).toEqual([]);
  });

  it.each([
    ['sealed with no encryption at all', (i: SignUpItem) => (i.data.sealed.alg = 'none'), /alg/],
    [
      'a 200 kB ciphertext',
      (i: SignUpItem) => (i.data.sealed.ciphertext = 'A'.repeat(200_000)),
      /ciphertext/,
    ],
    [
      'an oversized wrapped key',
      (i: SignUpItem) => (i.data.sealed.wrappedKey = 'A'.repeat(5000)),
      /wrappedKey/,
    ],
    ['an oversized iv', (i: SignUpItem) => (i.data.sealed.iv = 'A'.repeat(500)), /iv/],
    [
      'personal details in place of the consent text version',
      (i: SignUpItem) => (i.data.consent.textVersion = 'Ana Pérez, ana@example.org'),
      /textVersion/,
    ],
  ])('rejects a sign-up with %s on its own and stores the rest', async (_label, change, field) => {
    await giveGroupAKey(server.store, server.groupId);
    const { token } = await joinAs(app);
    const bad = changed(change);
    const good = signUp(PETITION);
    const report = actionReport(PETITION, { petition: 1 });
    const answer = await syncOk(token, [bad, good, report]);
    expect(answer.results).toEqual([
      {
        id: bad.id,
        status: 'rejected',
        error: { code: 'invalid', message: expect.stringMatching(field) },
      },
      { id: good.id, status: 'stored' },
      { id: report.id, status: 'stored' },
    ]);
    expect(await storedSignUps([bad, good])).toEqual([good.id]);
  });

  it("stores a member's own signature, made with no stall, and gives it to the coordinator as such", async () => {
    await giveGroupAKey(server.store, server.groupId);
    const { token } = await joinAs(app);
    const coordinator = await joinAs(app, COORDINATOR_CODE, 'Coordinator laptop');
    const own = signUp(PETITION, OWN_PHONE_SESSION_ID);
    const notAUuid = signUp(PETITION, 'own-phone');

    const answer = await syncOk(token, [own, notAUuid]);

    expect(answer.results).toEqual([
      { id: own.id, status: 'stored' },
      {
        id: notAUuid.id,
        status: 'rejected',
        error: { code: 'invalid', message: expect.stringMatching(/stallSessionId/) },
      },
    ]);
    const listed = await requestAs(app, coordinator.token, 'GET', '/api/v1/signups');
    const { signups } = (await listed.json()) as SignUpsResponse;
    expect(signups.find((s) => s.id === own.id)).toMatchObject({
      caseId: PETITION,
      stallSessionId: OWN_PHONE_SESSION_ID,
    });
  });

  it('rejects a sign-up sealed to another key than the group’s current one', async () => {
    await giveGroupAKey(server.store, server.groupId);
    const { token } = await joinAs(app);
    const foreign = changed((i) => (i.data.sealed.keyId = 'c29tZW9uZS1lbHNlcy1rZXk'));
    const good = signUp(PETITION);
    const answer = await syncOk(token, [foreign, good]);
    expect(answer.results).toEqual([
      {
        id: foreign.id,
        status: 'rejected',
        error: { code: 'unknown_key', message: expect.stringMatching(/key/) },
      },
      { id: good.id, status: 'stored' },
    ]);
    expect(await storedSignUps([foreign, good])).toEqual([good.id]);
  });

  it('takes every consent text version phones have shown, old ones included', async () => {
    await giveGroupAKey(server.store, server.groupId);
    const { token } = await joinAs(app);
    expect(KNOWN_CONSENT_TEXT_VERSIONS).toContain(CONSENT_TEXT_VERSION);
    // The first version shown at stalls: sign-ups made with it may arrive long after a change.
    expect(KNOWN_CONSENT_TEXT_VERSIONS).toContain('2026-11-v1');
    const items = KNOWN_CONSENT_TEXT_VERSIONS.map((version) =>
      changed((i) => (i.data.consent.textVersion = version)),
    );
    const answer = await syncOk(token, items);
    expect(answer.results.map((r) => r.status)).toEqual(items.map(() => 'stored'));
  });
});
