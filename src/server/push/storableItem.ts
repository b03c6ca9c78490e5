import type { PushItem } from '../../domain/syncProtocol';

// PostgreSQL refuses NUL in text and lone surrogate escapes in jsonb. Such a string passes the
// protocol's schemas, so it is caught here, where it would otherwise fail the whole batch.
const LONE_SURROGATE = /\p{Cs}/u;

/** The path of the first string PostgreSQL cannot store, or null when every string is fine. */
export function unstorableTextPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') || LONE_SURROGATE.test(value)
      ? path.join('.') || '(text)'
      : null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = unstorableTextPath(inner, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

// Far outside any real report, and outside what a timestamp column takes in some cases (year 0).
const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2100;

function yearOf(isoDateOrTime: string): number {
  return new Date(isoDateOrTime).getUTCFullYear();
}

function inRange(isoDateOrTime: string): boolean {
  const year = yearOf(isoDateOrTime);
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/**
 * Why a valid item still cannot be stored, in the words the member will see, or null when it can.
 * Checked per item, so such an item is rejected on its own instead of failing the request.
 */
export function whyNotStorable(item: PushItem): string | null {
  const badText = unstorableTextPath(item, []);
  if (badText !== null) return `${badText}: text with a NUL character or broken Unicode`;
  if (!inRange(item.createdAt)) {
    return `createdAt: must be a time between ${EARLIEST_YEAR} and ${LATEST_YEAR}`;
  }
  if (item.type === 'action-report' && !inRange(item.data.occurredOn)) {
    return `data.occurredOn: must be a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}`;
  }
  return null;
}
