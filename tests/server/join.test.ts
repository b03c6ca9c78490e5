import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { rotateJoinCode, setUpGroup } from '../../src/server/membership/groupSetup';
import { devices, joinCodes } from '../../src/server/store/schema';
import {
  appOver,
  COORDINATOR_CODE,
  joinAs,
  MEMBER_CODE,
  postJson,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe.each(storeKinds)('joining the group on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('gives a phone with the member code a device id, a token and the group', async () => {
    const response = await postJson(app, '/api/v1/join', {
      code: MEMBER_CODE,
      deviceName: 'Ana’s phone',
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({
      deviceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      group: { id: expect.any(String), name: 'Juliaca solidarity', publicKey: null, keyId: null },
      role: 'member',
    });
    expect((await sync(app, body.token, { cursor: null, push: [] })).status).toBe(200);
  });

  it('makes the phone with the coordinator code a coordinator', async () => {
    const joined = await joinAs(app, COORDINATOR_CODE, 'Coordinator laptop');
    expect(joined.role).toBe('coordinator');
  });

  it('accepts the code typed in lower case, without dashes, with stray spaces', async () => {
    const typed = ` ${MEMBER_CODE.toLowerCase().replaceAll('-', '')} `;
    const response = await postJson(app, '/api/v1/join', { code: typed, deviceName: 'Luis' });
    expect(response.status).toBe(201);
  });

  it('refuses a wrong code with a JSON 401 and registers nothing', async () => {
    const before = await server.store.db.select({ id: devices.id }).from(devices);
    const response = await postJson(app, '/api/v1/join', {
      code: 'WRONG-CODE-0000',
      deviceName: 'Stranger',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_code', message: expect.stringMatching(/coordinator/) },
    });
    const after = await server.store.db.select({ id: devices.id }).from(devices);
    expect(after).toHaveLength(before.length);
  });

  it.each([
    ['no device name', { code: MEMBER_CODE }],
    ['a blank device name', { code: MEMBER_CODE, deviceName: '   ' }],
    ['no code', { deviceName: 'Ana' }],
    ['a NUL character in the device name', { code: MEMBER_CODE, deviceName: 'Ana\u0000' }],
  ])('answers a join request with %s with a JSON 400', async (_label, body) => {
    const response = await postJson(app, '/api/v1/join', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  function guess(on: ReturnType<typeof appOver>, n: number, headers: Record<string, string> = {}) {
    return postJson(on, '/api/v1/join', { code: `GUESS-${n}000`, deviceName: 'x' }, headers);
  }

  it('slows down wrong guesses from one address, but never refuses the right code', async () => {
    // The default limit: ten wrong codes, then a wait.
    const limited = appOver(server.store);
    for (let n = 0; n < 10; n += 1) expect((await guess(limited, n)).status).toBe(401);
    const refused = await guess(limited, 10);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });

    // A member behind the same address (the proxy, the venue's Wi-Fi) still gets in.
    const member = await postJson(limited, '/api/v1/join', {
      code: MEMBER_CODE,
      deviceName: 'Right after the guesser',
    });
    expect(member.status).toBe(201);
    expect((await guess(limited, 11)).status).toBe(429);
  });

  it('ignores X-Forwarded-For unless the server is told it sits behind a proxy', async () => {
    const direct = appOver(server.store, { joinAttempts: { capacity: 3, refillPerSecond: 0.01 } });
    for (let n = 0; n < 3; n += 1) {
      expect((await guess(direct, n, { 'X-Forwarded-For': `198.51.100.${n}` })).status).toBe(401);
    }
    // A client writing another address into the header does not get a fresh allowance.
    expect((await guess(direct, 3, { 'X-Forwarded-For': '198.51.100.99' })).status).toBe(429);
  });

  it('behind a trusted proxy, limits the guesser by its own address and not everyone', async () => {
    const proxied = createApp({
      store: server.store,
      distDir: '/nonexistent',
      log: () => {},
      rateLimits: { joinAttempts: { capacity: 3, refillPerSecond: 0.01 } },
      trustedProxyHops: 1,
    });
    // The proxy appends the address it saw; anything to its left is the client's own say-so.
    const fromGuesser = (n: number) =>
      guess(proxied, n, { 'X-Forwarded-For': `10.0.0.${n}, 203.0.113.7` });
    for (let n = 0; n < 3; n += 1) expect((await fromGuesser(n)).status).toBe(401);
    expect((await fromGuesser(3)).status).toBe(429);

    const otherMember = await guess(proxied, 4, { 'X-Forwarded-For': '192.0.2.44' });
    expect(otherMember.status).toBe(401);
    const joined = await postJson(
      proxied,
      '/api/v1/join',
      { code: MEMBER_CODE, deviceName: 'Behind the proxy' },
      { 'X-Forwarded-For': '203.0.113.7' },
    );
    expect(joined.status).toBe(201);
  });

  it('limits how many phones join with one code in an hour, and says so', async () => {
    const limited = appOver(server.store, {
      joinsPerCode: { capacity: 3, refillPerSecond: 3 / 3600 },
    });
    for (let n = 0; n < 3; n += 1) await joinAs(limited, MEMBER_CODE, `Stall phone ${n}`);
    const before = await server.store.db.select({ id: devices.id }).from(devices);
    const refused = await postJson(limited, '/api/v1/join', {
      code: MEMBER_CODE,
      deviceName: 'One too many',
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await refused.json()).toEqual({
      error: {
        code: 'join_limit',
        message: expect.stringMatching(/3 phones an hour/),
      },
    });
    const after = await server.store.db.select({ id: devices.id }).from(devices);
    expect(after).toHaveLength(before.length);
    // Another code has its own allowance.
    expect((await joinAs(limited, COORDINATOR_CODE, 'Coordinator laptop')).role).toBe(
      'coordinator',
    );
  });

  it('keeps codes and tokens only as sha256 hashes', async () => {
    const joined = await joinAs(app);
    const [device] = await server.store.db
      .select({ tokenHash: devices.tokenHash })
      .from(devices)
      .where(eq(devices.id, joined.deviceId));
    expect(device?.tokenHash).toBe(sha256(joined.token));
    const codes = await server.store.db.select({ codeHash: joinCodes.codeHash }).from(joinCodes);
    const stored = JSON.stringify(codes);
    expect(stored).not.toContain('TEST');
    expect(stored).toContain(sha256(MEMBER_CODE.replaceAll('-', '')));
  });

  it('keeps the group and its codes when the server starts again', async () => {
    const again = await setUpGroup(server.store, {
      groupName: 'Another name',
      joinCode: MEMBER_CODE,
      coordinatorCode: undefined,
    });
    expect(again).toMatchObject({
      created: false,
      group: { name: 'Juliaca solidarity' },
      replacedEnvironmentCodes: [],
    });
    expect(
      (await postJson(app, '/api/v1/join', { code: MEMBER_CODE, deviceName: 'x' })).status,
    ).toBe(201);
  });

  it('stops the old code at a rotation, while phones that joined with it keep syncing', async () => {
    const earlier = await joinAs(app, MEMBER_CODE, 'Joined before');
    const { code, revoked } = await rotateJoinCode(server.store, 'member');
    expect(revoked).toBe(1);
    expect(code).toMatch(/^([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}$/);

    const old = await postJson(app, '/api/v1/join', { code: MEMBER_CODE, deviceName: 'Late' });
    expect(old.status).toBe(401);
    expect((await joinAs(app, code, 'With the new code')).role).toBe('member');
    expect((await sync(app, earlier.token, { cursor: null, push: [] })).status).toBe(200);
    // The coordinator code was not touched.
    expect((await joinAs(app, COORDINATOR_CODE)).role).toBe('coordinator');

    const restarted = await setUpGroup(server.store, {
      groupName: 'Juliaca solidarity',
      joinCode: MEMBER_CODE,
      coordinatorCode: COORDINATOR_CODE,
    });
    expect(restarted).toMatchObject({ created: false, replacedEnvironmentCodes: ['member'] });
  });
});
