const BASE_DELAY_MS = 2_000;
export const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Delay before the next automatic attempt after `failures` failed ones in a row: doubling from
 * 2 s, capped at 5 minutes, with "equal jitter" (half fixed, half random) so a room of phones
 * coming back online together does not hammer the server in lock-step.
 */
export function backoffDelayMs(failures: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, failures - 1);
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** `Retry-After` is either seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
