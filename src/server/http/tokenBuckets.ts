export interface TokenBucketOptions {
  /** How many requests may come at once after a quiet spell. */
  capacity: number;
  /** How fast the allowance comes back. */
  refillPerSecond: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface TokenBuckets {
  take(key: string): TakeResult;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Beyond this many keys, buckets that have filled up again are forgotten; they hold no state. */
const SWEEP_ABOVE = 10_000;

/**
 * In-memory token buckets, one per key (a device, an address). They reset when the server
 * restarts, which is fine: they only need to slow a runaway client or a code guesser down.
 */
export function createTokenBuckets(
  { capacity, refillPerSecond }: TokenBucketOptions,
  now: () => number = () => performance.now(),
): TokenBuckets {
  const buckets = new Map<string, Bucket>();

  const current = (key: string, at: number): Bucket => {
    const bucket = buckets.get(key);
    if (!bucket) return { tokens: capacity, updatedAt: at };
    const refilled = bucket.tokens + ((at - bucket.updatedAt) / 1000) * refillPerSecond;
    return { tokens: Math.min(capacity, refilled), updatedAt: at };
  };

  const sweep = (at: number) => {
    if (buckets.size <= SWEEP_ABOVE) return;
    for (const key of buckets.keys()) {
      if (current(key, at).tokens >= capacity) buckets.delete(key);
    }
  };

  return {
    take(key) {
      const at = now();
      const bucket = current(key, at);
      if (bucket.tokens < 1) {
        buckets.set(key, bucket);
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)),
        };
      }
      buckets.set(key, { tokens: bucket.tokens - 1, updatedAt: at });
      sweep(at);
      return { ok: true };
    },
  };
}
