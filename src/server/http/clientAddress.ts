import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket behind it.
    return 'unknown';
  }
}

/**
 * The client's address, for per-address limits. With no trusted proxy (the default) it is the
 * peer's address and X-Forwarded-For is ignored: any client could write an address there to dodge
 * the limit. Behind `trustedProxyHops` proxies, each of which appends the address it saw, the
 * client is that many entries from the right; entries further left are the client's own say-so.
 */
export function clientAddress(c: Context, trustedProxyHops = 0): string {
  if (trustedProxyHops > 0) {
    const forwarded = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    if (forwarded.length > 0) {
      return forwarded[Math.max(0, forwarded.length - trustedProxyHops)] ?? 'unknown';
    }
  }
  return peerAddress(c);
}
