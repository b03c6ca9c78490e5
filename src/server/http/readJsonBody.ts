import type { Context } from 'hono';
import { ApiError } from './apiError';

/** `application/json`, any case, with or without parameters such as `; charset=utf-8`. */
function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Reads the request body as JSON for any route that takes one. Only a body declared as JSON is
 * read: a page on another site can post text/plain or a form without the browser asking first, and
 * no such request may reach a route. A body that is not JSON is the client's fault, so it ends as
 * a 4xx and never reaches the 500 handler.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  if (!isJsonMediaType(c.req.header('Content-Type'))) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      'The request body must be JSON, sent with Content-Type: application/json.',
    );
  }
  const text = await c.req.text();
  if (text.trim() === '') {
    throw new ApiError(400, 'invalid_json', 'The request body must be JSON, and it is empty.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
}
