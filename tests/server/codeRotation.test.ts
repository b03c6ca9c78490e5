import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RotatedCodeResponse } from '../../src/domain/groupAdminProtocol';
import { createApp } from '../../src/server/app';
import { rotateJoinCode } from '../../src/server/membership/groupSetup';
import {
  COORDINATOR_CODE,
  MEMBER_CODE,
  postJson,
  requestAs,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

describe.each(storeKinds)('rotating the join codes from the coordinator’s screen on %s', (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof createApp>;
  const logged: string[] = [];

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = createApp({
      store: server.store,
      distDir: '/nonexistent',
      log: (line) => logged.push(line),
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  function join(code: string, deviceName = 'New member’s phone') {
    return postJson(app, '/api/v1/join', { code, deviceName });
  }

  async function joined(code: string, deviceName?: string) {
    const response = await join(code, deviceName);
    expect(response.status).toBe(201);
    return (await response.json()) as { token: string; deviceId: string };
  }

  function rotate(role: string, token: string | null) {
    return requestAs(app, token, 'POST', `/api/v1/codes/${role}/rotate`);
  }

  it('replaces the member code: the old one is refused, the new one joins, joined phones keep syncing', async () => {
    const coordinator = await joined(COORDINATOR_CODE, 'Coordinator laptop');
    const ana = await joined(MEMBER_CODE, 'Ana’s phone');

    const response = await rotate('member', coordinator.token);

    expect(response.status).toBe(200);
    const { role, code } = (await response.json()) as RotatedCodeResponse;
    expect(role).toBe('member');
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);

    const withOld = await join(MEMBER_CODE);
    expect(withOld.status).toBe(401);
    expect(((await withOld.json()) as { error: { code: string } }).error.code).toBe('invalid_code');
    await joined(code);
    expect((await sync(app, ana.token, { cursor: null, push: [] })).status).toBe(200);
    // Shown once, to the coordinator: never written to the server's log.
    expect(logged.join('\n')).not.toContain(code);
  });

  it('replaces the coordinator code without locking out the coordinator asking', async () => {
    const coordinator = await joined(COORDINATOR_CODE, 'Coordinator tablet');

    const response = await rotate('coordinator', coordinator.token);

    expect(response.status).toBe(200);
    const { role, code } = (await response.json()) as RotatedCodeResponse;
    expect(role).toBe('coordinator');
    expect((await join(COORDINATOR_CODE)).status).toBe(401);
    const newcomer = await joined(code, 'Second coordinator');
    expect((await requestAs(app, newcomer.token, 'GET', '/api/v1/devices')).status).toBe(200);
    expect((await requestAs(app, coordinator.token, 'GET', '/api/v1/devices')).status).toBe(200);
  });

  it('knows only member and coordinator codes, and only a coordinator may rotate them', async () => {
    // The codes command rotates the same way; fresh codes here, as the stories above replaced both.
    const { code: coordinatorCode } = await rotateJoinCode(server.store, 'coordinator');
    const { code: memberCode } = await rotateJoinCode(server.store, 'member');
    const coordinator = await joined(coordinatorCode, 'Laptop');
    const member = await joined(memberCode, 'Member phone');

    const unknownRole = await rotate('admin', coordinator.token);
    const fromMember = await rotate('member', member.token);
    const fromNobody = await rotate('member', null);

    expect(unknownRole.status).toBe(404);
    expect(fromMember.status).toBe(403);
    expect(fromNobody.status).toBe(401);
    // None of the refused attempts replaced the code.
    expect((await join(memberCode)).status).toBe(201);
  });
});
