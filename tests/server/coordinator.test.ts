import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION, consentRecord } from '../../src/domain/stallConsent';
import { createApp } from '../../src/server/app';
import {
  createGroupKeyPair,
  openSignup,
  sealSignup,
  type GroupKeyPair,
} from '../../src/domain/signupSealing';
import type { SignUpsResponse, SyncResponse } from '../../src/domain/syncProtocol';
import {
  appOver,
  COORDINATOR_CODE,
  joinAs,
  signUp,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

const PETITION = 'peru-repression-petition';

describe.each(storeKinds)('the coordinator endpoints on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;
  let pair: GroupKeyPair;
  let coordinatorToken: string;
  let memberToken: string;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
    pair = await createGroupKeyPair();
    coordinatorToken = (await joinAs(app, COORDINATOR_CODE, 'Coordinator laptop')).token;
    memberToken = (await joinAs(app)).token;
  });

  afterAll(async () => {
    await server?.close();
  });

  function putKey(token: string | null, body: unknown) {
    return app.request('/api/v1/group/key', {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  }

  function getSignUps(token: string) {
    return app.request('/api/v1/signups', { headers: { Authorization: `Bearer ${token}` } });
  }

  async function syncOk(token: string, push: unknown[]): Promise<SyncResponse> {
    const response = await sync(app, token, { cursor: null, push });
    expect(response.status).toBe(200);
    return (await response.json()) as SyncResponse;
  }

  describe("the settings the kiosk's consent text quotes", () => {
    it('reach every phone on its sync: no contact and 90 days unless the server was told otherwise', async () => {
      expect((await syncOk(memberToken, [])).group).toMatchObject({
        contact: null,
        signupRetentionDays: 90,
      });

      const configured = createApp({
        store: server.store,
        distDir: '/nonexistent',
        log: () => {},
        groupContact: 'amnesty.sutton@example.org',
        signUpRetentionDays: 30,
      });
      const response = await sync(configured, memberToken, { cursor: null, push: [] });
      expect(((await response.json()) as SyncResponse).group).toMatchObject({
        contact: 'amnesty.sutton@example.org',
        signupRetentionDays: 30,
      });
    });
  });

  describe("the group's public key", () => {
    it('is refused from a member phone with a 403, and from no token with a 401', async () => {
      const key = { publicKey: pair.publicKeySpki, keyId: pair.keyId };

      const fromMember = await putKey(memberToken, key);
      const fromNobody = await putKey(null, key);

      expect(fromMember.status).toBe(403);
      expect(await fromMember.json()).toEqual({
        error: { code: 'coordinator_only', message: expect.stringMatching(/coordinator code/) },
      });
      expect(fromNobody.status).toBe(401);
      expect((await syncOk(memberToken, [])).group).toMatchObject({ publicKey: null, keyId: null });
    });

    it('is refused when it is not a sealing key or its id is not its fingerprint', async () => {
      const other = await createGroupKeyPair();
      const wrongId = await putKey(coordinatorToken, {
        publicKey: pair.publicKeySpki,
        keyId: other.keyId,
      });
      const notAKey = await putKey(coordinatorToken, {
        publicKey: 'A'.repeat(400),
        keyId: pair.keyId,
      });
      const malformed = await putKey(coordinatorToken, { publicKey: pair.publicKeySpki });

      for (const response of [wrongId, notAKey, malformed]) {
        expect(response.status).toBe(400);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
          'invalid_request',
        );
      }
      expect((await syncOk(memberToken, [])).group).toMatchObject({ publicKey: null, keyId: null });
    });

    it('reaches every phone: on its next sync and when it joins', async () => {
      const stored = await putKey(coordinatorToken, {
        publicKey: pair.publicKeySpki,
        keyId: pair.keyId,
      });
      expect(stored.status).toBe(200);

      expect((await syncOk(memberToken, [])).group).toMatchObject({
        publicKey: pair.publicKeySpki,
        keyId: pair.keyId,
      });
      const newcomer = await joinAs(app, undefined, 'Second stall phone');
      expect(newcomer.group).toMatchObject({ publicKey: pair.publicKeySpki, keyId: pair.keyId });
    });
  });

  describe('the sealed sign-ups', () => {
    it('are for the coordinator only: a member phone gets a 403', async () => {
      const response = await getSignUps(memberToken);

      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'coordinator_only',
      );
    });

    it('come back exactly as the phone sealed them, so the coordinator can open each one', async () => {
      const stallSessionId = randomUUID();
      const signedAt = new Date('2026-11-28T11:02:03.456Z');
      const readable = consentRecord(
        { petition: true, updates: true, language: 'es' },
        { caseId: PETITION, stallSessionId },
        signedAt,
      );
      const sealed = await sealSignup(
        { name: 'Rosa Quispe', email: 'rosa@example.org', postcode: 'B73 6AA' },
        pair.publicKeySpki,
        pair.keyId,
        readable,
      );
      const item = {
        id: randomUUID(),
        type: 'sign-up',
        createdAt: signedAt.toISOString(),
        data: { caseId: PETITION, stallSessionId, consent: readable.consent, sealed },
      };
      const other = signUp(PETITION, randomUUID(), { keyId: pair.keyId });
      await syncOk(memberToken, [item, other]);

      const response = await getSignUps(coordinatorToken);
      expect(response.status).toBe(200);
      const { signups } = (await response.json()) as SignUpsResponse;
      const mine = signups.find((s) => s.id === item.id);

      expect(mine).toEqual({
        id: item.id,
        caseId: PETITION,
        stallSessionId,
        createdAt: '2026-11-28T11:02:03.456Z',
        consent: {
          petition: true,
          updates: true,
          textVersion: CONSENT_TEXT_VERSION,
          language: 'es',
        },
        sealed,
      });
      expect(signups.map((s) => s.id)).toContain(other.id);
      expect(JSON.stringify(signups)).not.toContain('Rosa');
      if (!mine) throw new Error('The sign-up is missing');
      expect(
        await openSignup(mine.sealed, pair.privateKey, {
          caseId: mine.caseId,
          stallSessionId: mine.stallSessionId,
          signedAt: mine.createdAt,
          consent: mine.consent,
        }),
      ).toEqual({ name: 'Rosa Quispe', email: 'rosa@example.org', postcode: 'B73 6AA' });
    });
  });
});
