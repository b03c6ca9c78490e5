import { Hono } from 'hono';
import {
  describeIssues,
  groupKeyRequestSchema,
  type GroupPublicKey,
} from '../../domain/syncProtocol';
import { isSealingKey, publicKeyId } from '../../domain/signupSealing';
import { ApiError } from '../http/apiError';
import { readJsonBody } from '../http/readJsonBody';
import { authenticateCoordinator } from '../membership/authenticateDevice';
import type { Store } from '../store/openStore';
import { setGroupPublicKey } from '../store/groupRepository';

/** The group's public key, which only the coordinator's device may set; phones seal sign-ups to it. */
export function coordinatorRoutes(store: Store): Hono {
  const routes = new Hono();

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
