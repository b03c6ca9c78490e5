import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  deleteSignUpsQuerySchema,
  type DeletedSignUpsResponse,
  type SignUpRetention,
} from '../../domain/groupAdminProtocol';
import { describeIssues, type SignUpsResponse } from '../../domain/syncProtocol';
import { ApiError } from '../http/apiError';
import type { LogLine } from '../http/requestLog';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import { authenticateCoordinator } from '../membership/authenticateDevice';
import type { Device } from '../store/deviceRepository';
import type { Store } from '../store/openStore';
import { retentionEndsAt, signUpDeletionLine } from '../retention/signUpRetention';
import {
  deleteSignUpsReceivedThrough,
  listSignUps,
  signUpHoldings,
} from '../store/signUpRepository';

export interface SignUpRouteOptions {
  requests: TokenBuckets;
  retentionDays: number;
  log: LogLine;
}

/**
 * The sealed sign-ups the server holds for the group (DESIGN.md, "Sign-ups and personal data"):
 * the coordinator fetches them to export, then deletes what was exported; the rest go on their own
 * after the retention period. Coordinator devices only.
 */
export function signUpRoutes(store: Store, options: SignUpRouteOptions): Hono {
  const routes = new Hono();

  const coordinator = async (c: Context): Promise<Device> => {
    const device = await authenticateCoordinator(c, store);
    takeToken(options.requests, device.id, 'Too many requests from this device; wait a moment.');
    return device;
  };

  routes.get('/v1/signups', async (c) => {
    const device = await authenticateCoordinator(c, store);
    const body: SignUpsResponse = await listSignUps(store.db, device.groupId);
    return c.json(body);
  });

  routes.get('/v1/signups/retention', async (c) => {
    const device = await coordinator(c);
    const { stored, oldestMadeAt } = await signUpHoldings(store.db, device.groupId);
    const body: SignUpRetention = {
      retentionDays: options.retentionDays,
      stored,
      oldestSignedAt: oldestMadeAt?.toISOString() ?? null,
      oldestGoesOn: oldestMadeAt
        ? retentionEndsAt(oldestMadeAt, options.retentionDays).toISOString().slice(0, 10)
        : null,
    };
    return c.json(body);
  });

  routes.delete('/v1/signups', async (c) => {
    const device = await coordinator(c);
    const parsed = deleteSignUpsQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      throw new ApiError(
        400,
        'invalid_request',
        `Say which sign-ups to delete as ?receivedThrough=<the export's ISO time>: ${describeIssues(parsed.error)}`,
      );
    }
    const deleted = await deleteSignUpsReceivedThrough(
      store.db,
      device.groupId,
      parsed.data.receivedThrough,
    );
    options.log(signUpDeletionLine('export', deleted, device.groupId));
    const body: DeletedSignUpsResponse = { deleted };
    return c.json(body);
  });

  return routes;
}
