/**
 * Whether IndexedDB refused a write because the phone (or the browser's share of it) is full.
 * Dexie wraps the browser's DOMException, and a transaction that fails on commit aborts with it
 * as its cause; either may carry the name.
 */
export function isQuotaError(error: unknown): boolean {
  if (
    !(error instanceof Error) &&
    !(typeof DOMException !== 'undefined' && error instanceof DOMException)
  ) {
    return false;
  }
  const e = error as { name?: string; inner?: { name?: string } };
  return e.name === 'QuotaExceededError' || e.inner?.name === 'QuotaExceededError';
}
