/**
 * Orders ISO dates and timestamps (`2026-11-22`, `2026-11-22T10:00:00.000Z`) earliest first.
 * Their code-point order is their order in time, so no collator is needed: `localeCompare` builds
 * one on its first call, which at 4x CPU held up the case list's first render by about 40 ms.
 */
export function earliestFirst(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function latestFirst(a: string, b: string): number {
  return earliestFirst(b, a);
}
