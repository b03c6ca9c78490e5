import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError, apiErrorBody } from './apiError';

const CODES_BY_STATUS: Partial<Record<number, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/**
 * The app's last line: known errors become their JSON answer; anything else is a 500 whose body
 * says nothing about the internals (the details go to the server log only).
 */
export function respondToError(error: Error, c: Context): Response {
  if (error instanceof ApiError) {
    return c.json(apiErrorBody(error.code, error.message), error.status, error.headers);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    const code = CODES_BY_STATUS[status] ?? 'bad_request';
    return c.json(apiErrorBody(code, error.message || 'The request could not be handled.'), status);
  }
  console.error(error);
  return c.json(apiErrorBody('internal', 'Something went wrong on the server.'), 500);
}
