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
import { findLiveJoinCodeId, registerDevice } from '../store/deviceRepository';

export interface JoinLimits {
  /** Per address, wrong codes only. */
  wrongCodes: TokenBuckets;
  /** Per code, every phone that joins with it. */
  joinsPerCode: TokenBuckets;
  /** The same allowance, as words for the answer that refuses a join. */
  joinsPerCodePerHour: number;
  trustedProxyHops: number;
}

const INVALID_CODE =
  'This code does not open any group here. Check it with your group coordinator; it may have been replaced.';

/**
 * `POST /v1/join`. The code is checked first and only a wrong one counts against the caller's
 * address: behind a proxy or a venue's Wi-Fi everyone shares one address, and a guesser there must
 * never lock the members out. A right code counts against that code's own hourly allowance
 * instead, so a leaked code cannot register phones without end.
 */
export function joinRoutes(store: Store, limits: JoinLimits): Hono {
  const routes = new Hono();
  routes.post('/v1/join', async (c) => {
    const parsed = joinRequestSchema.safeParse(await readJsonBody(c));
    if (!parsed.success) {
      // A malformed request is a client's mistake, not a guess at a code.
      throw new ApiError(
        400,
        'invalid_request',
        `Not a join request: ${describeIssues(parsed.error)}`,
      );
    }
    const request = parsed.data;
    const codeHash = hashJoinCode(request.code);

    const codeId = await findLiveJoinCodeId(store.db, codeHash);
    if (!codeId) {
      takeToken(
        limits.wrongCodes,
        clientAddress(c, limits.trustedProxyHops),
        'Too many wrong codes from this address. Wait a little, then try again.',
      );
      throw new ApiError(401, 'invalid_code', INVALID_CODE);
    }
    const allowed = limits.joinsPerCode.take(codeId);
    if (!allowed.ok) {
      const minutes = Math.ceil(allowed.retryAfterSeconds / 60);
      throw new ApiError(
        429,
        'join_limit',
        `This code may join at most ${limits.joinsPerCodePerHour} phones an hour, and that many have joined. ` +
          `Try again in about ${minutes} minute${minutes === 1 ? '' : 's'}, or ask the coordinator.`,
        { 'Retry-After': String(allowed.retryAfterSeconds) },
      );
    }

    const token = generateDeviceToken();
    // Checked again inside: a rotation between the two looks is a wrong code after all.
    const joined = await registerDevice(store.db, {
      codeHash,
      name: request.deviceName,
      tokenHash: hashDeviceToken(token),
    });
    if (!joined) throw new ApiError(401, 'invalid_code', INVALID_CODE);
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
