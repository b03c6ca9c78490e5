import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The peer's address, for per-address limits. Behind a reverse proxy every request comes from the
 * proxy, so the limit is then shared by everyone; forwarded headers are not trusted, because any
 * client could set them to dodge the limit.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket behind it.
    return 'unknown';
  }
}
