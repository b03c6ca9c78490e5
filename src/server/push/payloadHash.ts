import { createHash } from 'node:crypto';
import type { PushItem } from '../../domain/syncProtocol';

/** JSON with object keys sorted at every level, so the same record always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What makes two pushes of one id "the same record": its type, when it was made and its data.
 * The id itself is the key the hash is stored under, so it is left out.
 */
export function payloadHash(item: PushItem): string {
  return createHash('sha256')
    .update(canonicalJson({ type: item.type, createdAt: item.createdAt, data: item.data }))
    .digest('hex');
}
