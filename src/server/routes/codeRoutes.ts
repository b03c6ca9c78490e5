import { Hono } from 'hono';
import type { RotatedCodeResponse } from '../../domain/groupAdminProtocol';
import { DEVICE_ROLES, type DeviceRole } from '../../domain/syncProtocol';
import { ApiError } from '../http/apiError';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import { authenticateCoordinator } from '../membership/authenticateDevice';
import { rotateGroupJoinCode } from '../membership/groupSetup';
import type { Store } from '../store/openStore';

function isRole(role: string): role is DeviceRole {
  return (DEVICE_ROLES as readonly string[]).includes(role);
}

/**
 * `POST /v1/codes/:role/rotate`: a new member or coordinator code, answered in plain text this once
 * (the server keeps only its hash, and never logs it). The old code stops working at once; phones
 * that joined with it keep their tokens.
 */
export function codeRoutes(store: Store, requests: TokenBuckets): Hono {
  const routes = new Hono();
  routes.post('/v1/codes/:role/rotate', async (c) => {
    const device = await authenticateCoordinator(c, store);
    takeToken(requests, device.id, 'Too many requests from this device; wait a moment.');
    const role = c.req.param('role');
    if (!isRole(role)) {
      throw new ApiError(404, 'not_found', 'There are member and coordinator codes only.');
    }
    const { code } = await rotateGroupJoinCode(store, device.groupId, role);
    const body: RotatedCodeResponse = { role, code };
    return c.json(body);
  });
  return routes;
}
