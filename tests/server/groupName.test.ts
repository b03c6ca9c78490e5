import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupNameResponse } from '../../src/domain/groupAdminProtocol';
import type { JoinResponse, SyncResponse } from '../../src/domain/syncProtocol';
import {
  appOver,
  COORDINATOR_CODE,
  createOtherGroup,
  joinAs,
  MEMBER_CODE,
  postJson,
  requestAs,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

describe.each(storeKinds)("the group's name on %s", (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;
  let coordinatorToken: string;
  let memberToken: string;

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
    coordinatorToken = (await joinAs(app, COORDINATOR_CODE, 'Coordinator laptop')).token;
    memberToken = (await joinAs(app)).token;
  });

  afterAll(async () => {
    await server?.close();
  });

  function rename(token: string, body: unknown) {
    return requestAs(app, token, 'PATCH', '/api/v1/group', body);
  }

  async function nameInSync(token: string): Promise<string | undefined> {
    const response = await sync(app, token, { cursor: null, push: [] });
    expect(response.status).toBe(200);
    return ((await response.json()) as SyncResponse).group?.name;
  }

  it('is renamed by the coordinator, trimmed, and every phone reads the new name on its next sync', async () => {
    expect(await nameInSync(memberToken)).toBe('Juliaca solidarity');

    const response = await rename(coordinatorToken, { name: '  Amnistía Internacional Sutton  ' });

    expect(response.status).toBe(200);
    expect(((await response.json()) as GroupNameResponse).group.name).toBe(
      'Amnistía Internacional Sutton',
    );
    expect(await nameInSync(memberToken)).toBe('Amnistía Internacional Sutton');
    // A phone joining afterwards is told the new name at once.
    const joined = await postJson(app, '/api/v1/join', {
      code: MEMBER_CODE,
      deviceName: 'New phone',
    });
    expect(((await joined.json()) as JoinResponse).group.name).toBe(
      'Amnistía Internacional Sutton',
    );
  });

  it('takes 1 to 80 characters once trimmed, and answers anything else with a 400 that changes nothing', async () => {
    expect((await rename(coordinatorToken, { name: 'Sutton group' })).status).toBe(200);

    const refused = await Promise.all([
      rename(coordinatorToken, { name: '   ' }),
      rename(coordinatorToken, { name: '' }),
      rename(coordinatorToken, { name: 'x'.repeat(81) }),
      rename(coordinatorToken, { name: 42 }),
      rename(coordinatorToken, {}),
      rename(coordinatorToken, { name: 'Sutton', role: 'admin' }),
      rename(coordinatorToken, { name: 'Sutton\u0000' }),
    ]);

    for (const response of refused) {
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'invalid_request',
      );
    }
    expect((await rename(coordinatorToken, { name: 'y'.repeat(80) })).status).toBe(200);
    expect(await nameInSync(memberToken)).toBe('y'.repeat(80));
  });

  it("is refused to a member's phone with a 403 and to no token with a 401", async () => {
    expect((await rename(coordinatorToken, { name: 'Sutton group' })).status).toBe(200);

    const asMember = await rename(memberToken, { name: 'Taken over' });
    const anonymous = await app.request('/api/v1/group', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Taken over' }),
    });

    expect(asMember.status).toBe(403);
    expect(anonymous.status).toBe(401);
    expect(await nameInSync(memberToken)).toBe('Sutton group');
  });

  it("renames only the coordinator's own group", async () => {
    const other = await createOtherGroup(server.store, 'Leeds group');
    const otherCoordinator = await joinAs(app, other.coordinatorCode, 'Leeds laptop');
    const otherMember = await joinAs(app, other.memberCode, 'Leeds phone');

    expect((await rename(otherCoordinator.token, { name: 'Leeds central' })).status).toBe(200);

    expect(await nameInSync(otherMember.token)).toBe('Leeds central');
    expect(await nameInSync(memberToken)).not.toBe('Leeds central');
  });
});
