import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  renameDeviceRequestSchema,
  type DeviceResponse,
  type DevicesResponse,
  type DeviceSummary,
} from '../../domain/groupAdminProtocol';
import { describeIssues } from '../../domain/syncProtocol';
import { ApiError } from '../http/apiError';
import { readJsonBody } from '../http/readJsonBody';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import { authenticateCoordinator } from '../membership/authenticateDevice';
import type { Device } from '../store/deviceRepository';
import {
  findGroupDevice,
  listDevices,
  renameDevice,
  revokeDevice,
  type DeviceRecord,
} from '../store/deviceRepository';
import type { Store } from '../store/openStore';

function summary(device: DeviceRecord, asking: Device): DeviceSummary {
  return {
    id: device.id,
    name: device.name,
    role: device.role,
    joinedAt: device.joinedAt.toISOString(),
    lastSyncAt: device.lastSyncAt?.toISOString() ?? null,
    revokedAt: device.revokedAt?.toISOString() ?? null,
    current: device.id === asking.id,
  };
}

const NO_SUCH_DEVICE = 'The group has no device with this id.';

/**
 * The group's phones, for the coordinator (DESIGN.md, "Running the group"): list, rename, and
 * revoke, which turns the phone's token away at once on every endpoint.
 */
export function deviceRoutes(store: Store, requests: TokenBuckets): Hono {
  const routes = new Hono();

  const coordinator = async (c: Context): Promise<Device> => {
    const device = await authenticateCoordinator(c, store);
    takeToken(requests, device.id, 'Too many requests from this device; wait a moment.');
    return device;
  };

  routes.get('/v1/devices', async (c) => {
    const asking = await coordinator(c);
    const devices = await listDevices(store.db, asking.groupId);
    const body: DevicesResponse = { devices: devices.map((device) => summary(device, asking)) };
    return c.json(body);
  });

  routes.patch('/v1/devices/:id', async (c) => {
    const asking = await coordinator(c);
    const parsed = renameDeviceRequestSchema.safeParse(await readJsonBody(c));
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_request',
        `Not a device name: ${describeIssues(parsed.error)}`,
      );
    }
    const renamed = await renameDevice(
      store.db,
      asking.groupId,
      c.req.param('id'),
      parsed.data.name,
    );
    if (!renamed) throw new ApiError(404, 'not_found', NO_SUCH_DEVICE);
    const body: DeviceResponse = { device: summary(renamed, asking) };
    return c.json(body);
  });

  routes.post('/v1/devices/:id/revoke', async (c) => {
    const asking = await coordinator(c);
    const id = c.req.param('id');
    const target = await findGroupDevice(store.db, asking.groupId, id);
    if (!target) throw new ApiError(404, 'not_found', NO_SUCH_DEVICE);
    // The coordinator would lock themselves out of the very screen that could undo it.
    if (target.id === asking.id) {
      throw new ApiError(
        400,
        'cannot_revoke_self',
        'This is the device you are using; revoke it from another coordinator device.',
      );
    }
    const revoked = await revokeDevice(store.db, asking.groupId, id);
    if (!revoked) throw new ApiError(404, 'not_found', NO_SUCH_DEVICE);
    const body: DeviceResponse = { device: summary(revoked, asking) };
    return c.json(body);
  });

  return routes;
}
