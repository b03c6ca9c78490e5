import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { databaseErrorCode } from '../store/databaseError';
import { ApiError, apiErrorBody } from './apiError';
import type { LogLine } from './requestLog';

const CODES_BY_STATUS: Partial<Record<number, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * What the log may say about a failure. A database error's message carries the statement and every
 * value bound to it (device names, consent records), and the driver's detail quotes row values,
 * so only its code and the names of the table and constraint involved are written. Other errors
 * are the server's own and keep their stack, for whoever fixes them.
 */
function describeFailure(error: Error): string {
  const code = databaseErrorCode(error);
  const fromDatabase = code !== undefined || 'query' in error;
  if (!fromDatabase) return error.stack ?? `${error.name}: ${error.message}`;
  const cause = (error.cause ?? error) as { table?: unknown; constraint?: unknown };
  const names = [
    typeof cause.table === 'string' ? `table ${cause.table}` : '',
    typeof cause.constraint === 'string' ? `constraint ${cause.constraint}` : '',
  ].filter(Boolean);
  return `database error ${code ?? 'without a code'}${names.length ? ` (${names.join(', ')})` : ''}`;
}

/**
 * The app's last line: known errors become their JSON answer; anything else is a 500 whose body
 * says nothing about the internals. The log line carries the request id, which the answer also
 * carries in X-Request-Id, so a member's report can be matched to it.
 */
export function respondToError(
  error: Error,
  c: Context,
  logError: LogLine = console.error,
): Response {
  if (error instanceof ApiError) {
    return c.json(apiErrorBody(error.code, error.message), error.status, error.headers);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    const code = CODES_BY_STATUS[status] ?? 'bad_request';
    return c.json(apiErrorBody(code, error.message || 'The request could not be handled.'), status);
  }
  const requestId = (c.get('requestId') as string | undefined) ?? 'without an id';
  logError(
    `Request ${requestId} (${c.req.method} ${c.req.routePath}) failed: ${describeFailure(error)}`,
  );
  return c.json(apiErrorBody('internal', 'Something went wrong on the server.'), 500);
}
