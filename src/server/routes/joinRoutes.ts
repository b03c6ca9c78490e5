import { Hono } from 'hono';
import { describeIssues, joinRequestSchema, type JoinResponse } from '../../domain/syncProtocol';
import { ApiError } from '../http/apiError';
import { clientAddress } from '../http/clientAddress';
import { readJsonBody } from '../http/readJsonBody';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import { generateDeviceToken, hashDeviceToken } from '../membership/deviceToken';
import { hashJoinCode } from '../membership/joinCode';
import type { Store } from '../store/openStore';
import { registerDevice } from '../store/deviceRepository';

/**
 * `POST /v1/join`. Every attempt takes a token from the caller's address bucket and a successful
 * one gives it back, so only wrong codes count: a room of members joining over one Wi-Fi is never
 * slowed, while someone guessing codes soon is.
 */
export function joinRoutes(store: Store, attempts: TokenBuckets): Hono {
  const routes = new Hono();
  routes.post('/v1/join', async (c) => {
    const address = clientAddress(c);
    takeToken(
      attempts,
      address,
      'Too many wrong codes from this address. Wait a little, then try again.',
    );
    let request;
    try {
      const parsed = joinRequestSchema.safeParse(await readJsonBody(c));
      if (!parsed.success) {
        throw new ApiError(
          400,
          'invalid_request',
          `Not a join request: ${describeIssues(parsed.error)}`,
        );
      }
      request = parsed.data;
    } catch (error) {
      // A malformed request is a client's mistake, not a guess at a code.
      attempts.refund(address);
      throw error;
    }

    const token = generateDeviceToken();
    const joined = await registerDevice(store.db, {
      codeHash: hashJoinCode(request.code),
      name: request.deviceName,
      tokenHash: hashDeviceToken(token),
    });
    if (!joined) {
      throw new ApiError(
        401,
        'invalid_code',
        'This code does not open any group here. Check it with your group coordinator; it may have been replaced.',
      );
    }
    attempts.refund(address);
    const { device, group } = joined;
    const body: JoinResponse = {
      deviceId: device.id,
      token,
      group: {
        id: group.id,
        name: group.name,
        publicKey: group.publicKey,
        keyId: group.publicKeyId,
      },
      role: device.role,
    };
    return c.json(body, 201);
  });
  return routes;
}
