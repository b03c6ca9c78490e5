import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DeviceResponse,
  DevicesResponse,
  DeviceSummary,
} from '../../src/domain/groupAdminProtocol';
import { pushedItems } from '../../src/server/store/schema';
import {
  actionReport,
  appOver,
  COORDINATOR_CODE,
  createOtherGroup,
  joinAs,
  requestAs,
  startGroupServer,
  sync,
  type GroupServer,
} from './groupServer';
import { storeKinds } from './storeTargets';

const UA = 'ua-105-22';

describe.each(storeKinds)("the group's devices on %s", (kind) => {
  let server: GroupServer;
  let app: ReturnType<typeof appOver>;
  let coordinator: { token: string; deviceId: string };

  beforeAll(async () => {
    server = await startGroupServer(kind);
    app = appOver(server.store);
    coordinator = await joinAs(app, COORDINATOR_CODE, 'Coordinator laptop');
  });

  afterAll(async () => {
    await server?.close();
  });

  async function listDevices(token = coordinator.token): Promise<DeviceSummary[]> {
    const response = await requestAs(app, token, 'GET', '/api/v1/devices');
    expect(response.status).toBe(200);
    return ((await response.json()) as DevicesResponse).devices;
  }

  function revoke(id: string, token = coordinator.token) {
    return requestAs(app, token, 'POST', `/api/v1/devices/${id}/revoke`);
  }

  function rename(id: string, body: unknown, token = coordinator.token) {
    return requestAs(app, token, 'PATCH', `/api/v1/devices/${id}`, body);
  }

  it('lists each phone with its name, role, when it joined and when it last synced', async () => {
    const before = Date.now();
    const ana = await joinAs(app, undefined, 'Ana’s phone');
    const luis = await joinAs(app, undefined, 'Luis’s phone');
    expect((await sync(app, ana.token, { cursor: null, push: [] })).status).toBe(200);

    const devices = await listDevices();

    const byId = new Map(devices.map((d) => [d.id, d]));
    expect(byId.get(coordinator.deviceId)).toMatchObject({
      name: 'Coordinator laptop',
      role: 'coordinator',
      lastSyncAt: null,
      revokedAt: null,
      current: true,
    });
    expect(byId.get(ana.deviceId)).toMatchObject({
      name: 'Ana’s phone',
      role: 'member',
      revokedAt: null,
      current: false,
    });
    expect(Date.parse(byId.get(ana.deviceId)?.lastSyncAt ?? '')).toBeGreaterThanOrEqual(
      before - 1000,
    );
    expect(Date.parse(byId.get(ana.deviceId)?.joinedAt ?? '')).toBeGreaterThanOrEqual(
      before - 1000,
    );
    expect(byId.get(luis.deviceId)?.lastSyncAt).toBeNull();
  });

  it('renames a phone, with the same rules as the name given when joining', async () => {
    const stall = await joinAs(app, undefined, 'Pixel 6a');

    const renamed = await rename(stall.deviceId, { name: '  Stall phone 1 ' });
    const blank = await rename(stall.deviceId, { name: '   ' });
    const tooLong = await rename(stall.deviceId, { name: 'x'.repeat(81) });
    const notJson = await requestAs(
      app,
      coordinator.token,
      'PATCH',
      `/api/v1/devices/${stall.deviceId}`,
    );

    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as DeviceResponse).device).toMatchObject({
      id: stall.deviceId,
      name: 'Stall phone 1',
    });
    expect(blank.status).toBe(400);
    expect(tooLong.status).toBe(400);
    // No body and no Content-Type: not a JSON request at all.
    expect(notJson.status).toBe(415);
    expect((await listDevices()).find((d) => d.id === stall.deviceId)?.name).toBe('Stall phone 1');
  });

  it('revokes a lost phone: its next sync is turned away as removed, and nothing it sends is stored', async () => {
    const lost = await joinAs(app, undefined, 'Lost phone');
    expect((await sync(app, lost.token, { cursor: null, push: [] })).status).toBe(200);

    const response = await revoke(lost.deviceId);

    expect(response.status).toBe(200);
    const { device } = (await response.json()) as DeviceResponse;
    expect(device).toMatchObject({ id: lost.deviceId, name: 'Lost phone' });
    expect(device.revokedAt).not.toBeNull();

    const report = actionReport(UA, { letter: 1 });
    const next = await sync(app, lost.token, { cursor: null, push: [report] });
    expect(next.status).toBe(401);
    expect(await next.json()).toEqual({
      error: { code: 'revoked', message: expect.stringMatching(/coordinator removed this phone/) },
    });
    expect(
      await server.store.db.select().from(pushedItems).where(eq(pushedItems.id, report.id)),
    ).toEqual([]);
    const devices = await listDevices();
    // Revoked phones go after the active ones.
    expect(devices.at(-1)).toMatchObject({ id: lost.deviceId, revokedAt: device.revokedAt });
    expect(devices.filter((d) => d.revokedAt === null).every((d) => d.id !== lost.deviceId)).toBe(
      true,
    );
  });

  it('answers a second revoke of the same phone with the phone as it already was', async () => {
    const lost = await joinAs(app, undefined, 'Twice-lost phone');
    const first = (await (await revoke(lost.deviceId)).json()) as DeviceResponse;

    const again = await revoke(lost.deviceId);

    expect(again.status).toBe(200);
    expect(((await again.json()) as DeviceResponse).device).toEqual(first.device);
  });

  it('turns a revoked coordinator device away as removed on every endpoint', async () => {
    const second = await joinAs(app, COORDINATOR_CODE, 'Second coordinator tablet');
    await revoke(second.deviceId);

    for (const response of [
      await requestAs(app, second.token, 'GET', '/api/v1/devices'),
      await requestAs(app, second.token, 'GET', '/api/v1/signups'),
      await requestAs(app, second.token, 'POST', '/api/v1/codes/member/rotate'),
      await requestAs(app, second.token, 'GET', '/api/v1/cases/ua-105-22/versions'),
    ]) {
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('revoked');
    }
  });

  it('keeps telling a token nobody issued to join again, not that it was removed', async () => {
    const response = await sync(app, 'x'.repeat(43), { cursor: null, push: [] });

    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'invalid_token',
    );
  });

  it('will not let the coordinator revoke the device they are using', async () => {
    const response = await revoke(coordinator.deviceId);

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'cannot_revoke_self',
    );
    expect((await listDevices()).find((d) => d.current)?.revokedAt).toBeNull();
  });

  it('is for the coordinator only: a member gets a 403 and nobody a 401, and nothing changes', async () => {
    const member = await joinAs(app, undefined, 'Curious member');

    for (const token of [member.token, null]) {
      const responses = [
        await requestAs(app, token, 'GET', '/api/v1/devices'),
        await rename(coordinator.deviceId, { name: 'Hijacked' }, token ?? ''),
        await revoke(coordinator.deviceId, token ?? ''),
      ];
      expect(responses.map((r) => r.status)).toEqual(token ? [403, 403, 403] : [401, 401, 401]);
    }
    expect((await listDevices()).find((d) => d.current)).toMatchObject({
      name: 'Coordinator laptop',
      revokedAt: null,
    });
  });

  it('knows nothing of another group’s phones, nor of ids that name no phone', async () => {
    const other = await createOtherGroup(server.store, 'Arequipa group');
    const outsider = await joinAs(app, other.memberCode, 'Arequipa phone');

    for (const id of [outsider.deviceId, randomUUID(), 'not-a-device-id']) {
      const revoked = await revoke(id);
      const renamed = await rename(id, { name: 'Mine now' });
      expect(revoked.status).toBe(404);
      expect(renamed.status).toBe(404);
    }
    expect((await listDevices()).map((d) => d.id)).not.toContain(outsider.deviceId);
    expect((await sync(app, outsider.token, { cursor: null, push: [] })).status).toBe(200);
  });
});
