import { randomUUID } from 'node:crypto';
import { createApp, type RateLimits } from '../../src/server/app';
import { setUpGroup } from '../../src/server/membership/groupSetup';
import { hashJoinCode } from '../../src/server/membership/joinCode';
import { readCaseFiles, seedCases } from '../../src/server/seedCases';
import { groups, joinCodes } from '../../src/server/store/schema';
import { openStore, type Store } from '../../src/server/store/openStore';
import type { StoreKind } from '../../src/server/store/openStore';
import { eq } from 'drizzle-orm';
import { CONSENT_TEXT_VERSION } from '../../src/domain/stallConsent';
import { SEALING_ALG } from '../../src/domain/signupSealing';
import type { JoinResponse } from '../../src/domain/syncProtocol';
import { fixtureCasesDir } from './caseFixtures';
import { createStoreTarget, type StoreTarget } from './storeTargets';

export const MEMBER_CODE = 'TEST-MEMB-ER22-CODE';
export const COORDINATOR_CODE = 'TEST-COOR-DN8R-CODE';

/** A store holding a group with the known codes above, and the fixture cases in that group. */
export interface GroupServer {
  store: Store;
  target: StoreTarget;
  /** The server's group: the one its public endpoints and seeded cases belong to. */
  groupId: string;
  close(): Promise<void>;
}

export async function startGroupServer(kind: StoreKind): Promise<GroupServer> {
  const target = await createStoreTarget(kind);
  const store = await openStore(target.config);
  const { group } = await setUpGroup(store, {
    groupName: 'Juliaca solidarity',
    joinCode: MEMBER_CODE,
    coordinatorCode: COORDINATOR_CODE,
  });
  await seedCases(store, group.id, await readCaseFiles(fixtureCasesDir));
  return {
    store,
    target,
    groupId: group.id,
    async close() {
      await store.close();
      await target.remove();
    },
  };
}

export interface OtherGroup {
  groupId: string;
  memberCode: string;
  coordinatorCode: string;
}

/**
 * Another group in the same store, made directly in the tables: the server itself sets up one
 * group, but nothing of one group may reach another's devices.
 */
export async function createOtherGroup(store: Store, name: string): Promise<OtherGroup> {
  const [group] = await store.db.insert(groups).values({ name }).returning({ id: groups.id });
  if (!group) throw new Error('The group was not created');
  const suffix = randomUUID().slice(0, 8).toUpperCase();
  const codes = { memberCode: `MEMB-${suffix}`, coordinatorCode: `COOR-${suffix}` };
  await store.db.insert(joinCodes).values([
    { groupId: group.id, role: 'member', codeHash: hashJoinCode(codes.memberCode) },
    { groupId: group.id, role: 'coordinator', codeHash: hashJoinCode(codes.coordinatorCode) },
  ]);
  return { groupId: group.id, ...codes };
}

/** The key id the fixture sign-ups are sealed to; `giveGroupAKey` makes it the group's key. */
export const TEST_GROUP_KEY_ID = 'dGVzdC1ncm91cC1rZXk';

/** The server takes sign-ups only for the group's current key, as a coordinator would upload it. */
export async function giveGroupAKey(store: Store, groupId: string, keyId = TEST_GROUP_KEY_ID) {
  await store.db
    .update(groups)
    .set({ publicKey: 'A'.repeat(400), publicKeyId: keyId })
    .where(eq(groups.id, groupId));
}

export function appOver(store: Store, rateLimits?: Partial<RateLimits>) {
  return createApp({ store, distDir: '/nonexistent', log: () => {}, rateLimits });
}

type App = ReturnType<typeof appOver>;

export function postJson(
  app: App,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function joinAs(app: App, code = MEMBER_CODE, deviceName = 'Ana’s phone') {
  const response = await postJson(app, '/api/v1/join', { code, deviceName });
  if (response.status !== 201) throw new Error(`join answered ${response.status}`);
  return (await response.json()) as JoinResponse;
}

export function sync(app: App, token: string, body: unknown) {
  return postJson(app, '/api/v1/sync', body, { Authorization: `Bearer ${token}` });
}

export function actionReport(
  caseId: string,
  actions: Record<string, number>,
  overrides: { id?: string; createdAt?: string; occurredOn?: string } = {},
) {
  return {
    id: overrides.id ?? randomUUID(),
    type: 'action-report',
    createdAt: overrides.createdAt ?? '2026-11-22T09:30:00.000Z',
    data: { caseId, actions, occurredOn: overrides.occurredOn ?? '2026-11-22' },
  };
}

export function signUp(
  caseId: string,
  stallSessionId: string = randomUUID(),
  overrides: { createdAt?: string; keyId?: string } = {},
) {
  return {
    id: randomUUID(),
    type: 'sign-up',
    createdAt: overrides.createdAt ?? '2026-11-22T11:00:00.000Z',
    data: {
      caseId,
      stallSessionId,
      consent: {
        petition: true,
        updates: false,
        textVersion: CONSENT_TEXT_VERSION,
        language: 'es',
      },
      sealed: {
        alg: SEALING_ALG,
        keyId: overrides.keyId ?? TEST_GROUP_KEY_ID,
        wrappedKey: 'd3JhcHBlZA',
        iv: 'aXZpdml2aXZpdg',
        ciphertext: 'c2VhbGVkIHBlcnNvbmFsIGZpZWxkcw',
      },
    },
  };
}

/** A request as a device (or, with null, as nobody), with a JSON body when one is given. */
export function requestAs(
  app: App,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
) {
  return app.request(path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
