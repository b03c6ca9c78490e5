import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import type { PublicCasesAnswer } from '../../domain/syncProtocol';
import { ApiError } from '../http/apiError';
import { clientAddress } from '../http/clientAddress';
import { takeToken } from '../http/takeToken';
import type { TokenBuckets } from '../http/tokenBuckets';
import type { Store } from '../store/openStore';
import { findPublicCase, listPublicCases } from '../store/caseRepository';
import { findGroup } from '../store/groupRepository';

/**
 * Cases anyone may read without a token, so a passer-by's own phone can open one from the stall's
 * QR code: the public cases of the server's group that are open or closed, as published. Nothing
 * else goes out here: no totals, no devices, no publishers.
 */
export function publicCaseRoutes(
  store: Store,
  reads: TokenBuckets,
  trustedProxyHops: number,
): Hono {
  const routes = new Hono();

  routes.use('/v1/public/*', async (c, next) => {
    takeToken(
      reads,
      clientAddress(c, trustedProxyHops),
      'Too many requests from this address. Wait a little, then try again.',
    );
    await next();
  });
  // A case changes seldom: the browser may keep a copy but asks each time, and gets a 304 when
  // nothing changed.
  routes.use('/v1/public/*', etag());

  const revalidated = (c: Context) => c.header('Cache-Control', 'no-cache');

  routes.get('/v1/public/cases', async (c) => {
    const group = await findGroup(store.db);
    const body: PublicCasesAnswer = {
      cases: group ? await listPublicCases(store.db, group.id) : [],
    };
    revalidated(c);
    return c.json(body);
  });

  routes.get('/v1/public/cases/:id', async (c) => {
    const group = await findGroup(store.db);
    const found = group ? await findPublicCase(store.db, group.id, c.req.param('id')) : null;
    if (!found) throw new ApiError(404, 'not_found', 'There is no public case with this id.');
    revalidated(c);
    return c.json(found);
  });

  return routes;
}
