import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from '../../src/server/http/tokenBuckets';

describe('token buckets for rate limits', () => {
  function clock() {
    let ms = 0;
    return { now: () => ms, advance: (by: number) => (ms += by) };
  }

  it('lets a burst through, then says how many seconds until the next request may come', () => {
    const time = clock();
    const buckets = createTokenBuckets({ capacity: 3, refillPerSecond: 0.25 }, time.now);
    expect([1, 2, 3].map(() => buckets.take('phone').ok)).toEqual([true, true, true]);
    expect(buckets.take('phone')).toEqual({ ok: false, retryAfterSeconds: 4 });
    time.advance(3_000);
    expect(buckets.take('phone')).toEqual({ ok: false, retryAfterSeconds: 1 });
    time.advance(1_000);
    expect(buckets.take('phone')).toEqual({ ok: true });
  });

  it('keeps one bucket per key', () => {
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 1 }, clock().now);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });
});
