import type { MiddlewareHandler } from 'hono';

export type LogLine = (line: string) => void;

const MAX_LOGGED_PATH = 200;

/**
 * One line per request: method, path, status, duration, request id. The query string is left out on purpose,
 * because it is where personal data would end up if a client ever put it in a URL.
 */
export function requestLog(log: LogLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    const path =
      c.req.path.length > MAX_LOGGED_PATH ? `${c.req.path.slice(0, MAX_LOGGED_PATH)}…` : c.req.path;
    const id = (c.get('requestId') as string | undefined) ?? '-';
    log(`${c.req.method} ${path} ${c.res.status} ${ms}ms ${id}`);
  };
}
