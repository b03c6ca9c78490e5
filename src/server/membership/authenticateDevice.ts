import type { Context } from 'hono';
import { REVOKED_ERROR_CODE } from '../../domain/groupAdminProtocol';
import { ApiError } from '../http/apiError';
import type { Device } from '../store/deviceRepository';
import type { Store } from '../store/openStore';
import { bearerToken, hashDeviceToken } from './deviceToken';
import { findDeviceByTokenHash } from '../store/deviceRepository';

/**
 * The device behind the request's bearer token; a 401 otherwise. A revoked device's 401 says so
 * with its own code, so the phone can tell the member it was removed rather than ask for a code.
 */
export async function authenticateDevice(c: Context, store: Store): Promise<Device> {
  const token = bearerToken(c.req.header('Authorization'));
  const found = token ? await findDeviceByTokenHash(store.db, hashDeviceToken(token)) : null;
  if (!found) {
    throw new ApiError(
      401,
      'invalid_token',
      'This device is not a member of the group (any more). Join again with a current code.',
      { 'WWW-Authenticate': 'Bearer' },
    );
  }
  if (found.revokedAt) {
    throw new ApiError(
      401,
      REVOKED_ERROR_CODE,
      'The coordinator removed this phone from the group. Anything it has not delivered stays on it.',
      { 'WWW-Authenticate': 'Bearer' },
    );
  }
  return { id: found.id, groupId: found.groupId, role: found.role };
}

/**
 * A 403, not a 401: the member's token is good, it just does not open coordinator endpoints, and
 * the phone must not take it as "join again".
 */
export async function authenticateCoordinator(c: Context, store: Store): Promise<Device> {
  const device = await authenticateDevice(c, store);
  if (device.role !== 'coordinator') {
    throw new ApiError(
      403,
      'coordinator_only',
      'Only a device that joined with the coordinator code may do this.',
    );
  }
  return device;
}
