import { Hono } from 'hono';
import { ApiError } from '../http/apiError';
import type { Store } from '../store/openStore';

export function healthRoutes(store: Store): Hono {
  const routes = new Hono();
  routes.get('/health', async (c) => {
    try {
      await store.ping();
    } catch {
      throw new ApiError(503, 'store_unavailable', 'The database is not answering.');
    }
    return c.json({ ok: true, store: store.kind });
  });
  return routes;
}
