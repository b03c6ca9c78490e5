import { Hono } from 'hono';
import type { DeliveryResponse } from '../../domain/syncProtocol';
import { readJsonBody } from '../http/readJsonBody';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import { authenticateCoordinator } from '../membership/authenticateDevice';
import { receivePush } from '../push/receivePush';
import { parseDeliveryRequest } from '../push/syncRequest';
import type { Store } from '../store/openStore';

/**
 * `POST /v1/deliveries`: the coordinator delivers records a phone saved to a file because it could
 * not reach the server (DESIGN.md, "Running the group"). They go through the sync's own path, so
 * each id is stored once whichever way it arrives, the totals count it once, and sign-ups are held
 * to the group's key as in a sync. The phone may since have been removed, so nothing here asks
 * which phone made them: they are the group's, recorded as delivered by the coordinator's device.
 */
export function deliveryRoutes(store: Store, requests: TokenBuckets): Hono {
  const routes = new Hono();
  routes.post('/v1/deliveries', async (c) => {
    const coordinator = await authenticateCoordinator(c, store);
    // The sync's allowance: a long file is a burst of batches, as a phone's long backlog is.
    takeToken(requests, coordinator.id, 'Too many requests from this device; wait a moment.');
    const items = parseDeliveryRequest(await readJsonBody(c));
    const body: DeliveryResponse = { results: await receivePush(store, coordinator, items) };
    return c.json(body);
  });
  return routes;
}
