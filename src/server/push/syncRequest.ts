import { describeIssues, MAX_PUSH_ITEMS, syncRequestSchema } from '../../domain/syncProtocol';
import { ApiError } from '../http/apiError';
import { InvalidCursorError, parseCaseCursor } from '../store/caseCursor';

export interface SyncRequest {
  cursor: string | null;
  push: unknown[];
}

/**
 * Checks the request as a whole; its items are checked one by one later. Too many items is a 413,
 * like too many bytes, because the client's answer to both is the same: send smaller batches.
 */
export function parseSyncRequest(body: unknown): SyncRequest {
  const push = (body as { push?: unknown } | null)?.push;
  if (Array.isArray(push) && push.length > MAX_PUSH_ITEMS) {
    throw new ApiError(
      413,
      'too_many_items',
      `A sync request may carry at most ${MAX_PUSH_ITEMS} items; this one has ${push.length}.`,
    );
  }
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
