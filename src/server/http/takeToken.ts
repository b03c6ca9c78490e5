import { ApiError } from './apiError';
import type { TokenBuckets } from './tokenBuckets';

/** Takes a token from `key`'s bucket, or refuses the request with 429 and when to come back. */
export function takeToken(buckets: TokenBuckets, key: string, message: string): void {
  const allowed = buckets.take(key);
  if (!allowed.ok) {
    throw new ApiError(429, 'rate_limited', message, {
      'Retry-After': String(allowed.retryAfterSeconds),
    });
  }
}
