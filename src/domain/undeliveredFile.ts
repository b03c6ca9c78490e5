import './schemaSettings';
import { z } from 'zod';
import { MAX_PUSH_ITEMS, MAX_SYNC_BODY_BYTES, pushItemEnvelopeSchema } from './syncProtocol';

/**
 * "Save what has not been delivered" (DESIGN.md, "Running the group"): a phone that will not reach
 * the group's server (a stall phone offline for weeks, or one the coordinator removed) writes its
 * undelivered records to a file; the coordinator delivers the file from their own device. The items
 * are exactly what the phone would have pushed in a sync, so the server answers each id as a sync
 * would and counts none twice, whichever way it arrives first.
 */

export const UNDELIVERED_FORMAT = 'carta-undelivered';
export const UNDELIVERED_VERSION = 1;

/** One record as the sync request carries it; `data` is the outbox payload as it was queued. */
export interface UndeliveredItem {
  id: string;
  type: 'action-report' | 'sign-up';
  createdAt: string;
  data: unknown;
}

export const undeliveredFileSchema = z.strictObject({
  format: z.literal(UNDELIVERED_FORMAT),
  version: z.literal(UNDELIVERED_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  deviceName: z.string().max(80).optional(),
  groupId: z.string().max(64).optional(),
  // Only the envelope is checked here: the server checks each record as it checks a sync, so a
  // record the server once refused still travels and comes back with its reason.
  items: z.array(pushItemEnvelopeSchema),
});
export type UndeliveredFile = z.infer<typeof undeliveredFileSchema>;

export function makeUndeliveredFile(contents: {
  items: readonly UndeliveredItem[];
  exportedAt: Date;
  deviceName?: string | undefined;
  groupId?: string | undefined;
}): UndeliveredFile {
  return {
    format: UNDELIVERED_FORMAT,
    version: UNDELIVERED_VERSION,
    exportedAt: contents.exportedAt.toISOString(),
    ...(contents.deviceName ? { deviceName: contents.deviceName } : {}),
    ...(contents.groupId ? { groupId: contents.groupId } : {}),
    items: contents.items.map(({ id, type, createdAt, data }) => ({ id, type, createdAt, data })),
  };
}

/** `carta-undelivered-2026-12-06.json`, by the phone's own calendar day. */
export function undeliveredFileName(exportedAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${exportedAt.getFullYear()}-${pad(exportedAt.getMonth() + 1)}-${pad(exportedAt.getDate())}`;
  return `${UNDELIVERED_FORMAT}-${day}.json`;
}

/** Why a chosen file cannot be delivered; the screen says which, and nothing has been sent. */
export type UndeliveredFileProblem =
  /** Not JSON at all: another kind of file, or one cut short. */
  | { problem: 'not-json' }
  /** JSON, but not this format (a case file, a key backup…). */
  | { problem: 'not-undelivered' }
  /** Written by a later version of Carta than this one reads. */
  | { problem: 'newer-version'; version: number }
  /** The right format, with content that does not match it; `detail` names the first fields. */
  | { problem: 'damaged'; detail: string };

export function parseUndeliveredFile(
  text: string,
): { ok: true; file: UndeliveredFile } | ({ ok: false } & UndeliveredFileProblem) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== UNDELIVERED_FORMAT) {
    return { ok: false, problem: 'not-undelivered' };
  }
  if (typeof head.version === 'number' && head.version > UNDELIVERED_VERSION) {
    return { ok: false, problem: 'newer-version', version: head.version };
  }
  const parsed = undeliveredFileSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => [...issue.path.map(String), issue.message].join(': '))
      .join('; ');
    return { ok: false, problem: 'damaged', detail };
  }
  return { ok: true, file: parsed.data };
}

export interface UndeliveredSummary {
  /** Reports per case id, in the order the cases first appear in the file. */
  reportsByCase: Array<{ caseId: string; count: number }>;
  reports: number;
  signUps: number;
}

/** What a file holds, in the terms the coordinator checks before delivering it. */
export function summariseUndelivered(items: readonly UndeliveredItem[]): UndeliveredSummary {
  const byCase = new Map<string, number>();
  let signUps = 0;
  for (const item of items) {
    if (item.type === 'sign-up') {
      signUps += 1;
      continue;
    }
    const caseId = (item.data as { caseId?: unknown } | null)?.caseId;
    const key = typeof caseId === 'string' ? caseId : '';
    byCase.set(key, (byCase.get(key) ?? 0) + 1);
  }
  const reportsByCase = [...byCase].map(([caseId, count]) => ({ caseId, count }));
  return { reportsByCase, reports: items.length - signUps, signUps };
}

/** Room left in a request of 1 MiB for `{"items":[…]}` and for the commas between items. */
const BATCH_BYTES = MAX_SYNC_BODY_BYTES - 1024;

function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * Splits a file's items into requests the server accepts: at most 500 items and 1 MiB each, in the
 * file's order. An item too large to go in any request comes back apart, to be answered as refused
 * without sending it.
 */
export function deliveryBatches<T>(
  items: readonly T[],
  limits: { maxItems: number; maxBytes: number } = {
    maxItems: MAX_PUSH_ITEMS,
    maxBytes: BATCH_BYTES,
  },
): { batches: T[][]; tooLarge: T[] } {
  const batches: T[][] = [];
  const tooLarge: T[] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = jsonBytes(item) + 1;
    if (size > limits.maxBytes) {
      tooLarge.push(item);
      continue;
    }
    if (current.length === limits.maxItems || bytes + size > limits.maxBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return { batches, tooLarge };
}
