import type { Context } from 'hono';
import { ApiError } from './apiError';

/**
 * Reads the request body as JSON for any route that takes one. A body that is not JSON is the
 * client's fault, so it must end as a 400 and never reach the 500 handler.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
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
