import { Hono } from 'hono';
import { renameGroupRequestSchema, type GroupNameResponse } from '../../domain/groupAdminProtocol';
import {
  describeIssues,
  groupKeyRequestSchema,
  type GroupPublicKey,
} from '../../domain/syncProtocol';
import { isSealingKey, publicKeyId } from '../../domain/signupSealing';
import { ApiError } from '../http/apiError';
import { readJsonBody } from '../http/readJsonBody';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import { authenticateCoordinator } from '../membership/authenticateDevice';
import type { Store } from '../store/openStore';
import { renameGroup, setGroupPublicKey } from '../store/groupRepository';

/**
 * The group's own settings, which only the coordinator's device may change: its name, which every
 * phone shows, and its public key, which phones seal sign-ups to.
 */
export function coordinatorRoutes(store: Store, requests: TokenBuckets): Hono {
  const routes = new Hono();

  routes.patch('/v1/group', async (c) => {
    const device = await authenticateCoordinator(c, store);
    takeToken(requests, device.id, 'Too many requests from this device; wait a moment.');
    const parsed = renameGroupRequestSchema.safeParse(await readJsonBody(c));
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_request',
        `Not a group name (1 to 80 characters): ${describeIssues(parsed.error)}`,
      );
    }
    const group = await renameGroup(store.db, device.groupId, parsed.data.name);
    // The device's group was found to authenticate it a moment ago; gone now means deleted meanwhile.
    if (!group) throw new ApiError(404, 'not_found', 'This device has no group.');
    const body: GroupNameResponse = { group: { id: group.id, name: group.name } };
    return c.json(body);
  });

  routes.put('/v1/group/key', async (c) => {
    const device = await authenticateCoordinator(c, store);
    const parsed = groupKeyRequestSchema.safeParse(await readJsonBody(c));
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_request',
        `Not a group key: ${describeIssues(parsed.error)}`,
      );
    }
    const { publicKey, keyId } = parsed.data;
    // Phones would fail to seal to anything else, and lose sign-ups at the stall.
    if (!(await isSealingKey(publicKey))) {
      throw new ApiError(
        400,
        'invalid_request',
        'Not an RSA-OAEP public key of 3072 bits or more.',
      );
    }
    // The id is the key's fingerprint; a mismatch would send phones' sign-ups to a key nobody holds.
    if ((await publicKeyId(publicKey)) !== keyId) {
      throw new ApiError(
        400,
        'invalid_request',
        'The key id is not the fingerprint of this public key.',
      );
    }
    await setGroupPublicKey(store.db, device.groupId, { publicKey, keyId });
    const body: GroupPublicKey = { publicKey, keyId };
    return c.json(body);
  });

  return routes;
}
