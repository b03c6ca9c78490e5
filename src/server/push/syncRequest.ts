import {
  deliveryRequestSchema,
  describeIssues,
  MAX_PUSH_ITEMS,
  syncRequestSchema,
} from '../../domain/syncProtocol';
import { ApiError } from '../http/apiError';
import { InvalidCursorError, parseCaseCursor } from '../store/caseCursor';

export interface SyncRequest {
  cursor: string | null;
  push: unknown[];
}

/**
 * Too many items is a 413, like too many bytes, because the client's answer to both is the same:
 * send smaller batches. Checked before the schema, which would call it a plain 400.
 */
function refuseTooManyItems(items: unknown, what: string): void {
  if (Array.isArray(items) && items.length > MAX_PUSH_ITEMS) {
    throw new ApiError(
      413,
      'too_many_items',
      `A ${what} may carry at most ${MAX_PUSH_ITEMS} items; this one has ${items.length}.`,
    );
  }
}

/** Checks the request as a whole; its items are checked one by one later. */
export function parseSyncRequest(body: unknown): SyncRequest {
  refuseTooManyItems((body as { push?: unknown } | null)?.push, 'sync request');
  const parsed = syncRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      400,
      'invalid_request',
      `Not a sync request: ${describeIssues(parsed.error)}`,
    );
  }
  // Checked before anything is stored, so a bad cursor never leaves a half-answered push behind.
  try {
    parseCaseCursor(parsed.data.cursor);
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this server handed out.');
    }
    throw error;
  }
  return parsed.data;
}

/** A delivery from a saved file: only its items, under the sync's limits; each is checked later. */
export function parseDeliveryRequest(body: unknown): unknown[] {
  refuseTooManyItems((body as { items?: unknown } | null)?.items, 'delivery');
  const parsed = deliveryRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      400,
      'invalid_request',
      `Not a delivery of saved records: ${describeIssues(parsed.error)}`,
    );
  }
  return parsed.data.items;
}
